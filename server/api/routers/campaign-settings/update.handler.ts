import "server-only";
import type { z } from "zod";
import { updateCampaignSettings } from "../../../domain/campaigns/update-settings";
import type { TenantContext } from "../../trpc";
import type { updateCampaignSettingsSchema } from "./update.schema";

export async function updateCampaignSettingsHandler({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: z.infer<typeof updateCampaignSettingsSchema>;
}) {
  const result = await updateCampaignSettings(
    ctx.db,
    { userId: ctx.user.id, requestId: ctx.requestId },
    input.campaignId,
    input.patch,
  );
  ctx.log.info({ campaignId: input.campaignId, section: input.patch.section }, "campaign settings saved");
  return result;
}
