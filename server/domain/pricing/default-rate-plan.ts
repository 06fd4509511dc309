import "server-only";
/** The default plan the seed creates when none exists (€32.00 per agent hour, no setup fee). */
export const DEFAULT_RATE_PLAN = {
  name: "Standard",
  currency: "EUR",
  agentHourRateMinor: 3200,
  setupFeeMinor: 0,
} as const;
