import "server-only";
import type { z } from "zod";
import { loadPreflight } from "../../../domain/submission/load-preflight";
import type { TenantContext } from "../../trpc";
import type { campaignIdSchema } from "./campaign-id.schema";

export async function preflightHandler({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: z.infer<typeof campaignIdSchema>;
}) {
  const { campaign, preflight } = await loadPreflight(ctx.db, input.campaignId);
  return {
    status: campaign.status,
    currency: campaign.currency,
    budgetCapMinor: campaign.budgetCapMinor,
    ...preflight,
  };
}
