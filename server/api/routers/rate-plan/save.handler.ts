import "server-only";
import type { z } from "zod";
import { parseMajorToMinor } from "../../../shared/money";
import { deleteTenantRatePlan, saveRatePlan } from "../../../domain/pricing/rate-plans";
import type { OperatorContext } from "../../trpc";
import type { deleteRatePlanSchema, saveRatePlanSchema } from "./save.schema";

export function saveRatePlanHandler({
  ctx,
  input,
}: {
  ctx: OperatorContext;
  input: z.infer<typeof saveRatePlanSchema>;
}) {
  return saveRatePlan(ctx.operator, input.tenantId, {
    name: input.name,
    currency: input.currency,
    agentHourRateMinor: parseMajorToMinor(input.agentHourRate, input.currency)!,
    setupFeeMinor: parseMajorToMinor(input.setupFee, input.currency)!,
  });
}

export const deleteRatePlanHandler = ({
  ctx,
  input,
}: {
  ctx: OperatorContext;
  input: z.infer<typeof deleteRatePlanSchema>;
}) => deleteTenantRatePlan(ctx.operator, input.tenantId);
