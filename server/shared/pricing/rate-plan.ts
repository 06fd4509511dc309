import { z } from "zod";
import { checkAmount, currencySchema, whenParsed } from "../money";

/** 1,000,000.00 in a two-decimal currency; the same number of minor units in any other. */
export const MAX_RATE_PLAN_MINOR = 100_000_000;

/**
 * The operator's rate plan form and ratePlan.save input. Amounts are typed in major units of the
 * plan's own currency ("32.00" EUR, "4500" JPY) and stored as integer minor units of it.
 */
export const saveRatePlanSchema = z
  .object({
    /** null: the default plan; otherwise the client organization it overrides. */
    tenantId: z.string().min(1).max(64).nullable(),
    name: z.string().trim().min(2, "Name must be at least 2 characters").max(80, "Name must be at most 80 characters"),
    currency: currencySchema,
    agentHourRate: z.string(),
    setupFee: z.string(),
  })
  .superRefine(
    (plan, ctx) => {
      const limits = { maxMinor: MAX_RATE_PLAN_MINOR };
      checkAmount(ctx, "agentHourRate", plan.agentHourRate, plan.currency, {
        ...limits,
        label: "agent hour rate",
        positive: true,
      });
      checkAmount(ctx, "setupFee", plan.setupFee, plan.currency, { ...limits, label: "setup fee" });
    },
    whenParsed("currency", "agentHourRate", "setupFee"),
  );
