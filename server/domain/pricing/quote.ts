import "server-only";
import type { CampaignType } from "@prisma/client";
import { z } from "zod";

/**
 * The price quote: pure integer arithmetic, no floats anywhere near money.
 *
 *   expectedContacts = ceil(listSize × contactRateBps / 10 000)
 *   talkSeconds      = expectedContacts × handleSeconds            (talk + wrap-up)
 *   dialAttempts     = (listSize − expectedContacts) × maxAttempts (outbound only: every attempt
 *                      at a contact we never reach costs agent time ringing and dialing)
 *   agentMinutes     = ceil((talkSeconds + dialAttempts × DIAL_OVERHEAD_SECONDS) / 60)
 *   laborMinor       = ceil(agentMinutes × agentHourRateMinor / 60)
 *   amountMinor      = laborMinor + setupFeeMinor
 */

/** Agent time per unanswered attempt (dial, ring, no-answer detection). */
export const DIAL_OVERHEAD_SECONDS = 30;

export interface CampaignTypeAssumption {
  /** Share of the list expected to be reached, in basis points (2 500 = 25 %). */
  contactRateBps: number;
  /** Talk plus wrap-up time per reached contact. */
  handleSeconds: number;
  /** Inbound lines place no outbound attempts, so they carry no dialing overhead. */
  outbound: boolean;
}

/**
 * Defaults per campaign type (industry-typical figures; docs/pricing.md explains them).
 * Inbound campaigns treat each listed contact as an expected caller.
 */
export const CAMPAIGN_TYPE_ASSUMPTIONS: Record<CampaignType, CampaignTypeAssumption> = {
  OUTBOUND_SALES: { contactRateBps: 2_500, handleSeconds: 240, outbound: true },
  SURVEY: { contactRateBps: 3_000, handleSeconds: 300, outbound: true },
  LEAD_QUALIFICATION: { contactRateBps: 3_000, handleSeconds: 180, outbound: true },
  REMINDER: { contactRateBps: 4_000, handleSeconds: 90, outbound: true },
  INBOUND_HOTLINE: { contactRateBps: 10_000, handleSeconds: 300, outbound: false },
  INBOUND_OVERFLOW: { contactRateBps: 10_000, handleSeconds: 240, outbound: false },
};

export interface QuoteRatePlan {
  id: string;
  name: string;
  currency: string;
  agentHourRateMinor: number;
  setupFeeMinor: number;
}

export interface QuoteInput {
  listSize: number;
  contactRateBps: number;
  handleSeconds: number;
  maxAttempts: number;
  /** false for inbound lines: no dialing overhead. */
  outbound?: boolean;
  ratePlan: QuoteRatePlan;
}

const nonNegativeInt = z.number().int().nonnegative();

/** The stored shape (CampaignSubmission.quote) and the API's output. */
export const quoteSchema = z.object({
  listSize: nonNegativeInt,
  expectedContacts: nonNegativeInt,
  agentMinutes: nonNegativeInt,
  /** Decimal string with two places, e.g. "12.25" — display only, never used for arithmetic. */
  agentHours: z.string().regex(/^\d+\.\d{2}$/),
  amountMinor: nonNegativeInt,
  currency: z.string().regex(/^[A-Z]{3}$/),
  ratePlanId: z.string(),
  ratePlanName: z.string(),
  breakdown: z.object({
    contactRateBps: nonNegativeInt,
    handleSeconds: nonNegativeInt,
    talkSeconds: nonNegativeInt,
    dialAttempts: nonNegativeInt,
    dialOverheadSeconds: nonNegativeInt,
    agentHourRateMinor: nonNegativeInt,
    laborMinor: nonNegativeInt,
    setupFeeMinor: nonNegativeInt,
  }),
});
export type Quote = z.infer<typeof quoteSchema>;

const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;

function toSafeNumber(value: bigint, what: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`${what} is too large to quote`);
  return Number(value);
}

function assertNonNegativeInt(value: number, what: string) {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`${what} must be a non-negative integer, got ${value}`);
}

/** Minutes as hours with two decimals, rounded half up, computed on integers. */
export function minutesToHoursString(minutes: number): string {
  const hundredths = Math.floor((minutes * 100 + 30) / 60);
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}`;
}

export function computeQuote(input: QuoteInput): Quote {
  const { listSize, contactRateBps, handleSeconds, maxAttempts, ratePlan } = input;
  assertNonNegativeInt(listSize, "listSize");
  assertNonNegativeInt(contactRateBps, "contactRateBps");
  assertNonNegativeInt(handleSeconds, "handleSeconds");
  assertNonNegativeInt(maxAttempts, "maxAttempts");
  assertNonNegativeInt(ratePlan.agentHourRateMinor, "agentHourRateMinor");
  assertNonNegativeInt(ratePlan.setupFeeMinor, "setupFeeMinor");
  if (contactRateBps > 10_000) throw new RangeError("contactRateBps must be at most 10000");
  if (!/^[A-Z]{3}$/.test(ratePlan.currency))
    throw new RangeError(`currency must be an ISO 4217 code, got ${ratePlan.currency}`);

  const list = BigInt(listSize);
  const expectedContacts = ceilDiv(list * BigInt(contactRateBps), 10_000n);
  const talkSeconds = expectedContacts * BigInt(handleSeconds);
  const dialAttempts = input.outbound === false ? 0n : (list - expectedContacts) * BigInt(maxAttempts);
  const dialOverheadSeconds = dialAttempts * BigInt(DIAL_OVERHEAD_SECONDS);
  const agentMinutes = ceilDiv(talkSeconds + dialOverheadSeconds, 60n);
  const laborMinor = ceilDiv(agentMinutes * BigInt(ratePlan.agentHourRateMinor), 60n);
  const amountMinor = laborMinor + BigInt(ratePlan.setupFeeMinor);

  const minutes = toSafeNumber(agentMinutes, "agentMinutes");
  return {
    listSize,
    expectedContacts: toSafeNumber(expectedContacts, "expectedContacts"),
    agentMinutes: minutes,
    agentHours: minutesToHoursString(minutes),
    amountMinor: toSafeNumber(amountMinor, "amountMinor"),
    currency: ratePlan.currency,
    ratePlanId: ratePlan.id,
    ratePlanName: ratePlan.name,
    breakdown: {
      contactRateBps,
      handleSeconds,
      talkSeconds: toSafeNumber(talkSeconds, "talkSeconds"),
      dialAttempts: toSafeNumber(dialAttempts, "dialAttempts"),
      dialOverheadSeconds: toSafeNumber(dialOverheadSeconds, "dialOverheadSeconds"),
      agentHourRateMinor: ratePlan.agentHourRateMinor,
      laborMinor: toSafeNumber(laborMinor, "laborMinor"),
      setupFeeMinor: ratePlan.setupFeeMinor,
    },
  };
}

/** The quote for a campaign type with its default assumptions. */
export function quoteForCampaignType(
  type: CampaignType,
  args: { listSize: number; maxAttempts: number; ratePlan: QuoteRatePlan },
): Quote {
  const a = CAMPAIGN_TYPE_ASSUMPTIONS[type];
  return computeQuote({
    ...args,
    contactRateBps: a.contactRateBps,
    handleSeconds: a.handleSeconds,
    outbound: a.outbound,
  });
}
