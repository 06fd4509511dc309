import "server-only";
import { router, tenantProcedure } from "../../trpc";
import { createCampaignHandler } from "./create.handler";
import { createCampaignOutput, createCampaignSchema } from "./create.schema";
import { getCampaignHandler } from "./get.handler";
import { getCampaignSchema } from "./get.schema";
import { listCampaignsHandler } from "./list.handler";

const clientProcedure = tenantProcedure("campaigns.manage");

export const campaignRouter = router({
  create: clientProcedure.input(createCampaignSchema).output(createCampaignOutput).mutation(createCampaignHandler),
  list: clientProcedure.query(listCampaignsHandler),
  get: clientProcedure.input(getCampaignSchema).query(getCampaignHandler),
});
