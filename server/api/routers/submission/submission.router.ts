import "server-only";
import { router, tenantProcedure } from "../../trpc";
import { campaignIdSchema } from "./campaign-id.schema";
import { preflightHandler } from "./preflight.handler";
import { quoteHandler } from "./quote.handler";
import { statusHandler } from "./status.handler";
import { submitHandler } from "./submit.handler";

const clientProcedure = tenantProcedure("campaigns.manage");

export const submissionRouter = router({
  preflight: clientProcedure.input(campaignIdSchema).query(preflightHandler),
  quote: clientProcedure.input(campaignIdSchema).query(quoteHandler),
  status: clientProcedure.input(campaignIdSchema).query(statusHandler),
  submit: clientProcedure.input(campaignIdSchema).mutation(submitHandler),
});
