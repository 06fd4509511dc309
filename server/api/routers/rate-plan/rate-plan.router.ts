import "server-only";
import { operatorProcedure, router } from "../../trpc";
import { listRatePlansHandler } from "./list.handler";
import { deleteRatePlanHandler, saveRatePlanHandler } from "./save.handler";
import { deleteRatePlanSchema, saveRatePlanSchema } from "./save.schema";

/** Pricing is for operator admins and billing admins. */
const pricingProcedure = operatorProcedure("ratePlans.manage");

export const ratePlanRouter = router({
  list: pricingProcedure.query(listRatePlansHandler),
  save: pricingProcedure.input(saveRatePlanSchema).mutation(saveRatePlanHandler),
  remove: pricingProcedure.input(deleteRatePlanSchema).mutation(deleteRatePlanHandler),
});
