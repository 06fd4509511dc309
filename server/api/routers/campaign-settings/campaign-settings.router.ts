import "server-only";
import { router, tenantProcedure } from "../../trpc";
import { getCampaignSettingsHandler } from "./get.handler";
import { getCampaignSettingsSchema } from "./get.schema";
import { updateCampaignSettingsHandler } from "./update.handler";
import { updateCampaignSettingsSchema } from "./update.schema";

const clientProcedure = tenantProcedure("campaigns.manage");

export const campaignSettingsRouter = router({
  get: clientProcedure.input(getCampaignSettingsSchema).query(getCampaignSettingsHandler),
  update: clientProcedure.input(updateCampaignSettingsSchema).mutation(updateCampaignSettingsHandler),
});
