import "server-only";
import type { z } from "zod";
import { getCampaignSettings } from "../../../domain/campaigns/update-settings";
import type { TenantContext } from "../../trpc";
import type { getCampaignSettingsSchema } from "./get.schema";

export const getCampaignSettingsHandler = ({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: z.infer<typeof getCampaignSettingsSchema>;
}) => getCampaignSettings(ctx.db, input.campaignId);
