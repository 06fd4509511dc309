import { z } from "zod";

export const RETRY_OUTCOMES = ["noAnswer", "busy", "machine", "callback"] as const;
export type RetryOutcome = (typeof RETRY_OUTCOMES)[number];
export const RETRY_OUTCOME_LABELS: Record<RetryOutcome, string> = {
  noAnswer: "No answer",
  busy: "Busy",
  machine: "Answering machine",
  callback: "Callback requested",
};

export const MIN_RETRY_DELAY_MINUTES = 5;
/** One week. */
export const MAX_RETRY_DELAY_MINUTES = 10_080;

const delayMinutes = z
  .number({ error: "Enter the delay in minutes" })
  .int("Use whole minutes")
  .min(MIN_RETRY_DELAY_MINUTES, `Wait at least ${MIN_RETRY_DELAY_MINUTES} minutes before retrying`)
  .max(MAX_RETRY_DELAY_MINUTES, `Wait at most ${MAX_RETRY_DELAY_MINUTES} minutes (one week)`);

export const retryRuleSchema = z.object({ retry: z.boolean(), delayMinutes });

export const retryPolicySchema = z.object({
  noAnswer: retryRuleSchema,
  busy: retryRuleSchema,
  machine: retryRuleSchema,
  callback: retryRuleSchema,
});

export type RetryPolicy = z.output<typeof retryPolicySchema>;

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  noAnswer: { retry: true, delayMinutes: 240 },
  busy: { retry: true, delayMinutes: 30 },
  machine: { retry: true, delayMinutes: 1440 },
  callback: { retry: true, delayMinutes: 60 },
};

export const maxAttemptsSchema = z
  .number({ error: "Enter a number from 1 to 10" })
  .int("Use a whole number")
  .min(1, "At least 1 attempt")
  .max(10, "At most 10 attempts per contact");
