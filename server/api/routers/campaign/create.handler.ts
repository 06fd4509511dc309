import "server-only";
import type { z } from "zod";
import { createCampaignDraft } from "../../../domain/campaigns/create-draft";
import type { TenantContext } from "../../trpc";
import type { createCampaignSchema } from "./create.schema";

export async function createCampaignHandler({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: z.infer<typeof createCampaignSchema>;
}) {
  const campaign = await createCampaignDraft(ctx.db, { userId: ctx.user.id, requestId: ctx.requestId }, input);
  ctx.log.info({ campaignId: campaign.id }, "campaign draft created");
  // The new campaign's id only: the page opens its wizard. The lifecycle's workflow id is internal.
  return { id: campaign.id };
}
