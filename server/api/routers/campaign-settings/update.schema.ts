import "server-only";
import { z } from "zod";
import { settingsSectionInputSchema } from "../../../shared/campaigns/campaign-settings";

/** One wizard section per call; `patch.section` says which. */
export const updateCampaignSettingsSchema = z.object({
  campaignId: z.string().min(1).max(64),
  patch: settingsSectionInputSchema,
});
