import { describe, expect, it } from "vitest";
import {
  dialingSectionSchema,
  makeScheduleSectionSchema,
  parseCampaignSettings,
  settingsSectionInputSchema,
  type CampaignSettingsRow,
} from "./campaign-settings";
import { DEFAULT_RETRY_POLICY } from "./retry-policy";
import { defaultDispositions } from "./dispositions";

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);

const dialing = (over: Record<string, unknown> = {}) => ({
  section: "dialing",
  dialMode: "PREDICTIVE",
  abandonCapPercent: "3.0",
  retryPolicy: DEFAULT_RETRY_POLICY,
  maxAttempts: 3,
  callerId: "+14155552671",
  ...over,
});

describe("caller ID (E.164)", () => {
  it("normalizes formatted international numbers", () => {
    expect(dialingSectionSchema.parse(dialing({ callerId: "+1 (415) 555-2671" })).callerId).toBe("+14155552671");
    expect(dialingSectionSchema.parse(dialing({ callerId: "+44 20 7946 0958" })).callerId).toBe("+442079460958");
  });
  it.each(["4155552671", "+1 555", "+999 123456", "+49 30 12", "phone", ""])("rejects %j", (callerId) => {
    expect(issues(dialingSectionSchema.safeParse(dialing({ callerId }))).join()).toMatch(
      /callerId: Enter (a valid number|a phone number)/,
    );
  });
});

describe("dialing section", () => {
  it("caps abandons at 3%", () => {
    expect(issues(dialingSectionSchema.safeParse(dialing({ abandonCapPercent: "3.1" })))).toEqual([
      "abandonCapPercent: The abandon cap can't be above 3%",
    ]);
    expect(issues(dialingSectionSchema.safeParse(dialing({ abandonCapPercent: "2.55" })))[0]).toContain("one decimal");
  });
  it("bounds retry delays and attempts", () => {
    const policy = {
      ...DEFAULT_RETRY_POLICY,
      busy: { retry: true, delayMinutes: 4 },
      machine: { retry: false, delayMinutes: 10_081 },
    };
    expect(issues(dialingSectionSchema.safeParse(dialing({ retryPolicy: policy, maxAttempts: 11 })))).toEqual([
      "retryPolicy.busy.delayMinutes: Wait at least 5 minutes before retrying",
      "retryPolicy.machine.delayMinutes: Wait at most 10080 minutes (one week)",
      "maxAttempts: At most 10 attempts per contact",
    ]);
    expect(issues(dialingSectionSchema.safeParse(dialing({ maxAttempts: Number.NaN })))).toEqual([
      "maxAttempts: Enter a number from 1 to 10",
    ]);
  });
});

describe("schedule section", () => {
  const schema = makeScheduleSectionSchema("2026-11-23");
  const check = (startDate: string, endDate: string) =>
    issues(schema.safeParse({ section: "schedule", startDate, endDate }));
  it("accepts today through a year", () => {
    expect(check("2026-11-23", "2027-11-23")).toEqual([]);
  });
  it("rejects the past, reversed dates, long spans and impossible dates", () => {
    expect(check("2026-11-22", "2026-12-01")[0]).toContain("The start date is in the past");
    expect(check("2026-12-10", "2026-12-01")).toEqual(["endDate: The end date is before the start date"]);
    expect(check("2026-12-01", "2027-12-02")).toEqual(["endDate: A campaign can run at most 366 days"]);
    expect(check("2027-02-30", "2027-03-01")).toEqual(["startDate: That date doesn't exist"]);
  });
});

describe("the section union", () => {
  it("checks the budget cap in the campaign's own currency", () => {
    const budget = (budgetCap: string, currency: string) =>
      issues(settingsSectionInputSchema.safeParse({ section: "budget", budgetCap, currency }));
    expect(budget("12.345", "EUR")).toEqual(["budgetCap: EUR amounts have at most 2 decimals"]);
    expect(budget("12.5", "JPY")).toEqual(["budgetCap: JPY amounts have no decimals"]);
    expect(budget("12,50", "EUR")).toEqual(["budgetCap: Use a point for decimals, like 12.50"]);
    expect(budget("", "EUR")).toEqual(["budgetCap: Enter the budget cap"]);
    expect(budget("10000000.01", "EUR")).toEqual(["budgetCap: The budget cap can be at most €10,000,000.00"]);
    expect(budget("1000000001", "JPY")).toEqual(["budgetCap: The budget cap can be at most ¥1,000,000,000"]);
  });

  it("routes by section and rejects unknown sections", () => {
    expect(
      settingsSectionInputSchema.safeParse({ section: "budget", budgetCap: "1234.56", currency: "USD" }).success,
    ).toBe(true);
    expect(
      issues(settingsSectionInputSchema.safeParse({ section: "budget", budgetCap: "12.5", currency: "CHF" })),
    ).toEqual(["currency: Pick one of EUR, USD, GBP, JPY"]);
    expect(
      issues(settingsSectionInputSchema.safeParse({ section: "budget", budgetCap: "0", currency: "EUR" })),
    ).toEqual(["budgetCap: The budget cap must be more than 0"]);
    expect(settingsSectionInputSchema.parse({ section: "budget", budgetCap: "5000", currency: "JPY" })).toEqual({
      section: "budget",
      budgetCap: "5000",
      currency: "JPY",
    });
    expect(settingsSectionInputSchema.parse({ section: "budget", budgetCap: "1,234", currency: "EUR" })).toEqual({
      section: "budget",
      budgetCap: "1,234",
      currency: "EUR",
    });
    expect(settingsSectionInputSchema.safeParse({ section: "status", status: "APPROVED" }).success).toBe(false);
  });
});

describe("parseCampaignSettings", () => {
  const empty: CampaignSettingsRow = {
    name: "Spring",
    description: "",
    type: null,
    startDate: null,
    endDate: null,
    callingWindow: null,
    dialMode: null,
    abandonCapBps: 300,
    retryPolicy: null,
    maxAttempts: 3,
    callerId: null,
    dispositions: null,
    budgetCapMinor: null,
    currency: "EUR",
    wizardStep: 0,
  };

  it("reads an empty draft as incomplete", () => {
    const s = parseCampaignSettings(empty);
    expect(Object.values(s.complete).every((v) => !v)).toBe(true);
    expect(s.invalidColumns).toEqual([]);
  });

  it("reads a full row", () => {
    const s = parseCampaignSettings({
      ...empty,
      type: "SURVEY",
      startDate: new Date("2026-12-01T00:00:00Z"),
      endDate: new Date("2026-12-31T00:00:00Z"),
      callingWindow: { days: [1, 2], start: "09:00", end: "17:00" },
      dialMode: "PROGRESSIVE",
      retryPolicy: DEFAULT_RETRY_POLICY,
      callerId: "+14155552671",
      dispositions: defaultDispositions("SURVEY"),
      budgetCapMinor: 500000,
    });
    expect(s.startDate).toBe("2026-12-01");
    expect(s.endDate).toBe("2026-12-31");
    expect(s.callingWindow).toEqual({ days: [1, 2], start: "09:00", end: "17:00" });
    expect(Object.values(s.complete).every(Boolean)).toBe(true);
  });

  it("reads a JSON column that fails its schema as not set, and says so", () => {
    const s = parseCampaignSettings({
      ...empty,
      callingWindow: { days: [1], start: "05:00", end: "23:00" },
      dispositions: [{ code: "x" }],
    });
    expect(s.callingWindow).toBeNull();
    expect(s.dispositions).toBeNull();
    expect(s.invalidColumns).toEqual(["callingWindow", "dispositions"]);
  });
});
