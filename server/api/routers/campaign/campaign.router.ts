import "server-only";
import { CLIENT_ROLES } from "../../../auth/roles";
import { router, tenantProcedure } from "../../trpc";
import { createCampaignHandler } from "./create.handler";
import { createCampaignSchema } from "./create.schema";
import { getCampaignHandler } from "./get.handler";
import { getCampaignSchema } from "./get.schema";
import { listCampaignsHandler } from "./list.handler";

const clientProcedure = tenantProcedure(CLIENT_ROLES);

export const campaignRouter = router({
  create: clientProcedure.input(createCampaignSchema).mutation(createCampaignHandler),
  list: clientProcedure.query(listCampaignsHandler),
  get: clientProcedure.input(getCampaignSchema).query(getCampaignHandler),
});
