import { describe, expect, it } from "vitest";
import {
  CAMPAIGN_TYPE_ASSUMPTIONS,
  computeQuote,
  DIAL_OVERHEAD_SECONDS,
  minutesToHoursString,
  quoteForCampaignType,
  quoteSchema,
  type QuoteRatePlan,
} from "./quote";
import { formatMoney } from "../../shared/money";

const standard: QuoteRatePlan = {
  id: "rp_default",
  name: "Standard",
  currency: "EUR",
  agentHourRateMinor: 3200,
  setupFeeMinor: 0,
};

describe("computeQuote", () => {
  it("1 000 outbound sales contacts: the documented worked example", () => {
    const q = computeQuote({
      listSize: 1000,
      contactRateBps: 2500,
      handleSeconds: 240,
      maxAttempts: 3,
      ratePlan: standard,
    });
    expect(q.expectedContacts).toBe(250);
    expect(q.breakdown.talkSeconds).toBe(60_000);
    expect(q.breakdown.dialAttempts).toBe(750 * 3);
    expect(q.breakdown.dialOverheadSeconds).toBe(2250 * DIAL_OVERHEAD_SECONDS);
    expect(q.agentMinutes).toBe(2125); // 127 500 s
    expect(q.agentHours).toBe("35.42");
    // 2125 min × 3200 / 60 = 113 333.33… → rounded up to the next cent
    expect(q.breakdown.laborMinor).toBe(113_334);
    expect(q.amountMinor).toBe(113_334);
    expect(q.currency).toBe("EUR");
    expect(quoteSchema.parse(q)).toEqual(q);
  });

  it("every number is an integer", () => {
    const q = computeQuote({
      listSize: 7,
      contactRateBps: 3333,
      handleSeconds: 97,
      maxAttempts: 4,
      ratePlan: { ...standard, agentHourRateMinor: 2999, setupFeeMinor: 1 },
    });
    const numbers = [q.listSize, q.expectedContacts, q.agentMinutes, q.amountMinor, ...Object.values(q.breakdown)];
    for (const n of numbers) expect(Number.isInteger(n)).toBe(true);
  });

  it("rounds expected contacts, minutes and money up, never down", () => {
    const q = computeQuote({
      listSize: 1,
      contactRateBps: 2500,
      handleSeconds: 61,
      maxAttempts: 0,
      ratePlan: standard,
    });
    expect(q.expectedContacts).toBe(1); // 0.25 → 1
    expect(q.agentMinutes).toBe(2); // 61 s → 2 min
    expect(q.amountMinor).toBe(107); // 2 × 3200 / 60 = 106.67 → 107
  });

  it("adds the setup fee once, after rounding the labor", () => {
    const q = computeQuote({
      listSize: 100,
      contactRateBps: 10_000,
      handleSeconds: 60,
      maxAttempts: 3,
      ratePlan: { ...standard, setupFeeMinor: 50_00 },
    });
    expect(q.breakdown.dialAttempts).toBe(0); // everyone reached
    expect(q.agentMinutes).toBe(100);
    expect(q.breakdown.laborMinor).toBe(5334); // 100 × 3200 / 60 = 5333.33 → 5334
    expect(q.amountMinor).toBe(5334 + 5000);
  });

  it("an empty list costs only the setup fee", () => {
    const q = computeQuote({
      listSize: 0,
      contactRateBps: 2500,
      handleSeconds: 240,
      maxAttempts: 3,
      ratePlan: { ...standard, setupFeeMinor: 999 },
    });
    expect(q).toMatchObject({ expectedContacts: 0, agentMinutes: 0, agentHours: "0.00", amountMinor: 999 });
  });

  it("inbound lines carry no dialing overhead", () => {
    const q = computeQuote({
      listSize: 10,
      contactRateBps: 5000,
      handleSeconds: 60,
      maxAttempts: 5,
      outbound: false,
      ratePlan: standard,
    });
    expect(q.breakdown.dialAttempts).toBe(0);
    expect(q.agentMinutes).toBe(5);
  });

  it("more attempts cost more agent time for an outbound list", () => {
    const one = computeQuote({
      listSize: 500,
      contactRateBps: 2500,
      handleSeconds: 240,
      maxAttempts: 1,
      ratePlan: standard,
    });
    const five = computeQuote({
      listSize: 500,
      contactRateBps: 2500,
      handleSeconds: 240,
      maxAttempts: 5,
      ratePlan: standard,
    });
    expect(five.agentMinutes - one.agentMinutes).toBe(((375 * 4 * DIAL_OVERHEAD_SECONDS) / 60) | 0);
    expect(five.amountMinor).toBeGreaterThan(one.amountMinor);
  });

  it("keeps the plan's currency, including zero-decimal currencies", () => {
    const yen: QuoteRatePlan = {
      id: "rp_jp",
      name: "Japan",
      currency: "JPY",
      agentHourRateMinor: 4500,
      setupFeeMinor: 10_000,
    };
    const q = computeQuote({ listSize: 60, contactRateBps: 10_000, handleSeconds: 60, maxAttempts: 1, ratePlan: yen });
    expect(q.currency).toBe("JPY");
    expect(q.amountMinor).toBe(4500 + 10_000); // 60 min × 4500 / 60
    expect(formatMoney(q.amountMinor, "JPY")).toBe("¥14,500");
  });

  it("stays exact for a million contacts (no float drift)", () => {
    const q = computeQuote({
      listSize: 1_000_000,
      contactRateBps: 2500,
      handleSeconds: 240,
      maxAttempts: 3,
      ratePlan: { ...standard, agentHourRateMinor: 3333 },
    });
    expect(q.agentMinutes).toBe(2_125_000);
    // 2 125 000 × 3333 / 60 = 118 043 750 exactly
    expect(q.amountMinor).toBe(118_043_750);
  });

  it("refuses bad input instead of guessing", () => {
    const base = { listSize: 10, contactRateBps: 2500, handleSeconds: 240, maxAttempts: 3, ratePlan: standard };
    expect(() => computeQuote({ ...base, listSize: -1 })).toThrow(RangeError);
    expect(() => computeQuote({ ...base, listSize: 1.5 })).toThrow(RangeError);
    expect(() => computeQuote({ ...base, contactRateBps: 10_001 })).toThrow(RangeError);
    expect(() => computeQuote({ ...base, ratePlan: { ...standard, agentHourRateMinor: 32.5 } })).toThrow(RangeError);
    expect(() => computeQuote({ ...base, ratePlan: { ...standard, currency: "eur" } })).toThrow(RangeError);
  });

  it("quoteForCampaignType uses the documented defaults", () => {
    for (const [type, a] of Object.entries(CAMPAIGN_TYPE_ASSUMPTIONS)) {
      const q = quoteForCampaignType(type as keyof typeof CAMPAIGN_TYPE_ASSUMPTIONS, {
        listSize: 100,
        maxAttempts: 3,
        ratePlan: standard,
      });
      expect(q.breakdown.contactRateBps).toBe(a.contactRateBps);
      expect(q.breakdown.handleSeconds).toBe(a.handleSeconds);
      expect(q.breakdown.dialAttempts === 0).toBe(!a.outbound || a.contactRateBps === 10_000);
    }
    expect(CAMPAIGN_TYPE_ASSUMPTIONS.OUTBOUND_SALES).toMatchObject({ contactRateBps: 2500, handleSeconds: 240 });
    expect(CAMPAIGN_TYPE_ASSUMPTIONS.SURVEY).toMatchObject({ contactRateBps: 3000, handleSeconds: 300 });
    expect(CAMPAIGN_TYPE_ASSUMPTIONS.REMINDER).toMatchObject({ contactRateBps: 4000, handleSeconds: 90 });
  });
});

describe("minutesToHoursString", () => {
  it.each([
    [0, "0.00"],
    [1, "0.02"],
    [30, "0.50"],
    [90, "1.50"],
    [2125, "35.42"],
    [59, "0.98"],
  ])("%i min → %s h", (minutes, hours) => expect(minutesToHoursString(minutes)).toBe(hours));
});
