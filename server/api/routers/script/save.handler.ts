import "server-only";
import type { z } from "zod";
import { saveScript } from "../../../domain/scripts/script-versions";
import type { TenantContext } from "../../trpc";
import type { saveScriptSchema } from "./save.schema";

export async function saveScriptHandler({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: z.infer<typeof saveScriptSchema>;
}) {
  const result = await saveScript(ctx.db, { userId: ctx.user.id, requestId: ctx.requestId }, input);
  ctx.log.info(
    { campaignId: input.campaignId, version: result.version.version, outcome: result.outcome },
    "script saved",
  );
  return result;
}
