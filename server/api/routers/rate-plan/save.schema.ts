import { z } from "zod";
import { parseMajorToMinor } from "../../../domain/pricing/money";

export const RATE_PLAN_CURRENCIES = ["EUR", "USD", "GBP"] as const;
const MAX_MINOR = 100_000_000;

/** Amounts are typed in major units ("32.00") and stored as integer minor units. */
const amount = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${label}`)
    .refine((v) => parseMajorToMinor(v, "EUR") !== null, `Enter the ${label} like 32.00 (at most 2 decimals)`)
    .refine((v) => (parseMajorToMinor(v, "EUR") ?? 0) <= MAX_MINOR, `The ${label} can be at most 1,000,000.00`);

export const saveRatePlanSchema = z.object({
  /** null: the default plan; otherwise the client organization it overrides. */
  tenantId: z.string().min(1).max(64).nullable(),
  name: z.string().trim().min(2, "Name must be at least 2 characters").max(80, "Name must be at most 80 characters"),
  currency: z.enum(RATE_PLAN_CURRENCIES, { error: "Pick EUR, USD or GBP" }),
  agentHourRate: amount("agent hour rate").refine(
    (v) => (parseMajorToMinor(v, "EUR") ?? 0) > 0,
    "The agent hour rate must be more than 0",
  ),
  setupFee: amount("setup fee"),
});

export const deleteRatePlanSchema = z.object({ tenantId: z.string().min(1).max(64) });
