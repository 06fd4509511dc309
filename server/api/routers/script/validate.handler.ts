import "server-only";
import type { z } from "zod";
import { validateGraph } from "../../../shared/scripts/script-graph";
import { scriptCheckContext } from "../../../domain/scripts/script-versions";
import type { TenantContext } from "../../trpc";
import type { validateScriptSchema } from "./validate.schema";

/** Errors and warnings for a graph, checked against the campaign's list and dispositions; saves nothing. */
export async function validateScriptHandler({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: z.infer<typeof validateScriptSchema>;
}) {
  const context = await ctx.db.tx((tx) => scriptCheckContext(tx, input.campaignId));
  const issues = validateGraph(input.graph, context);
  return {
    issues,
    errors: issues.filter((i) => i.severity === "error").length,
    warnings: issues.filter((i) => i.severity === "warning").length,
  };
}
