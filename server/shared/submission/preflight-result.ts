import { z } from "zod";

// The parts of a pre-flight result the wizard and the review page show: each check and the contact counts.

export const PREFLIGHT_STEPS = ["settings", "contacts", "script", "escalation", "review"] as const;
export type PreflightStep = (typeof PREFLIGHT_STEPS)[number];

export const preflightCheckSchema = z.object({
  id: z.string(),
  level: z.enum(["ok", "info", "warning", "error"]),
  title: z.string(),
  detail: z.string().optional(),
  /** The wizard step where it is fixed. */
  step: z.enum(PREFLIGHT_STEPS),
});
export type PreflightCheck = z.infer<typeof preflightCheckSchema>;

const count = z.number().int().nonnegative();
export const preflightCountsSchema = z.object({
  /** Data rows in the imported file. */
  listSize: count,
  valid: count,
  invalid: count,
  duplicate: count,
  dnc: count,
  noTimeZone: count,
  windowNeverOverlaps: count,
  /** Valid contacts with a time zone whose window meets the schedule: what will be called. */
  callable: count,
});
export type PreflightCounts = z.infer<typeof preflightCountsSchema>;
