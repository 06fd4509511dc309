import { describe, expect, it } from "vitest";
import { parseCampaignSettings, type CampaignSettingsRow } from "../../shared/campaigns/campaign-settings";
import { DEFAULT_RETRY_POLICY } from "../../shared/campaigns/retry-policy";
import { computePreflight, preflightSchema, type PreflightFacts } from "./preflight";
import { nextStepFor } from "./next-step";

const row: CampaignSettingsRow = {
  name: "Renewals",
  description: "",
  type: "OUTBOUND_SALES",
  startDate: new Date("2027-01-04T00:00:00Z"),
  endDate: new Date("2027-01-29T00:00:00Z"),
  callingWindow: { days: [1, 2, 3, 4, 5], start: "09:00", end: "20:00" },
  dialMode: "PROGRESSIVE",
  abandonCapBps: 300,
  retryPolicy: DEFAULT_RETRY_POLICY,
  maxAttempts: 3,
  callerId: "+12127365000",
  dispositions: [
    { code: "SALE", label: "Sale", category: "SUCCESS", billable: true },
    { code: "DNC", label: "Do not call", category: "DO_NOT_CALL", billable: false },
  ],
  budgetCapMinor: 1_000_000,
  currency: "EUR",
  wizardStep: 5,
};

const facts = (over: Partial<PreflightFacts> = {}, settings: Partial<CampaignSettingsRow> = {}): PreflightFacts => ({
  settings: parseCampaignSettings({ ...row, ...settings }),
  editable: true,
  today: "2026-11-23",
  now: new Date("2026-11-23T12:00:00Z"),
  list: { listSize: 110, valid: 100, invalid: 4, duplicate: 3, dnc: 3 },
  places: [
    { timeZone: "America/New_York", country: "US", region: "NY", count: 90 },
    { timeZone: null, country: null, region: null, count: 10 },
  ],
  script: { versionId: "sv1", version: 1, status: "DRAFT", hasEscalateStep: false, errors: [], warnings: [] },
  escalationContacts: 0,
  ratePlan: { id: "rp", name: "Standard", currency: "EUR", agentHourRateMinor: 3200, setupFeeMinor: 0 },
  ...over,
});

const levelOf = (p: ReturnType<typeof computePreflight>, id: string) => p.checks.find((c) => c.id === id)?.level;

describe("computePreflight", () => {
  it("a complete campaign has no errors, counts its contacts and quotes the callable ones", () => {
    const p = computePreflight(facts());
    expect(p.errors).toEqual([]);
    expect(p.counts).toEqual({
      listSize: 110,
      valid: 100,
      invalid: 4,
      duplicate: 3,
      dnc: 3,
      noTimeZone: 10,
      windowNeverOverlaps: 0,
      callable: 90,
    });
    expect(p.quote?.listSize).toBe(90);
    expect(levelOf(p, "contacts.noTimeZone")).toBe("warning");
    expect(levelOf(p, "contacts.invalid")).toBe("info");
    expect(preflightSchema.parse(p)).toEqual(p);
  });

  it("each missing setting is its own blocking error", () => {
    const p = computePreflight(
      facts(
        {},
        { type: null, callingWindow: null, dialMode: null, callerId: null, dispositions: null, startDate: null },
      ),
    );
    expect(p.errors).toEqual(
      expect.arrayContaining([
        "Choose the campaign type",
        "Set the start and end dates",
        "Set the calling window",
        "Choose the dial mode",
        "Set the caller ID",
        "Add the dispositions",
      ]),
    );
    expect(p.quote).toBeNull();
  });

  it("a stored setting that no longer parses blocks, and so does a start date in the past", () => {
    const p = computePreflight(facts({ today: "2027-02-01" }, { callingWindow: { days: [], start: "x", end: "y" } }));
    expect(levelOf(p, "settings.invalid.callingWindow")).toBe("error");
    expect(levelOf(p, "settings.schedule.past")).toBe("error");
  });

  it("no list, no valid contacts, or nobody callable blocks", () => {
    expect(levelOf(computePreflight(facts({ list: null, places: [] })), "contacts.list")).toBe("error");
    expect(levelOf(computePreflight(facts({ places: [] })), "contacts.valid")).toBe("error");
    // Saturday-only window in a schedule of weekdays… and France allows no Saturday calls anyway.
    const p = computePreflight(
      facts(
        { places: [{ timeZone: "Europe/Paris", country: "FR", region: null, count: 5 }] },
        { callingWindow: { days: [6], start: "10:00", end: "12:00" } },
      ),
    );
    expect(p.counts.windowNeverOverlaps).toBe(5);
    expect(levelOf(p, "contacts.windowNeverOverlaps")).toBe("warning");
    expect(levelOf(p, "contacts.callable")).toBe("error");
  });

  it("script errors block; an escalate step needs an escalation contact", () => {
    const broken = computePreflight(
      facts({
        script: {
          versionId: "sv1",
          version: 1,
          status: "DRAFT",
          hasEscalateStep: false,
          errors: ["Step 'End' needs a disposition"],
          warnings: [],
        },
      }),
    );
    expect(broken.errors).toContain("Step 'End' needs a disposition");
    expect(levelOf(computePreflight(facts({ script: null })), "script.missing")).toBe("error");
    const escalates = {
      versionId: "sv1",
      version: 1,
      status: "DRAFT",
      hasEscalateStep: true,
      errors: [],
      warnings: [],
    };
    expect(levelOf(computePreflight(facts({ script: escalates })), "escalation.missing")).toBe("error");
    expect(computePreflight(facts({ script: escalates, escalationContacts: 2 })).errors).toEqual([]);
    expect(levelOf(computePreflight(facts({ script: { ...escalates, status: "REJECTED" } })), "script.status")).toBe(
      "error",
    );
  });

  it("a budget cap below the quote warns (the cap stops calling) and does not block", () => {
    const p = computePreflight(facts({}, { budgetCapMinor: 100 }));
    expect(levelOf(p, "budget.belowQuote")).toBe("warning");
    expect(p.errors).toEqual([]);
    expect(levelOf(computePreflight(facts({}, { budgetCapMinor: null })), "budget.missing")).toBe("warning");
    expect(levelOf(computePreflight(facts({}, { currency: "USD" })), "budget.currency")).toBe("warning");
  });

  it("no rate plan blocks", () => {
    expect(levelOf(computePreflight(facts({ ratePlan: null })), "quote.ratePlan")).toBe("error");
  });
});

describe("nextStepFor", () => {
  it("points a draft at the first unfinished step, and explains the waiting states", () => {
    expect(nextStepFor({ status: "DRAFT", hasSettings: false, hasList: false, hasScript: false }).step).toBe(
      "settings",
    );
    expect(nextStepFor({ status: "DRAFT", hasSettings: true, hasList: false, hasScript: false }).step).toBe("contacts");
    expect(nextStepFor({ status: "DRAFT", hasSettings: true, hasList: true, hasScript: false }).step).toBe("script");
    expect(nextStepFor({ status: "DRAFT", hasSettings: true, hasList: true, hasScript: true })).toMatchObject({
      step: "review",
      action: true,
    });
    expect(nextStepFor({ status: "REJECTED", hasSettings: true, hasList: true, hasScript: true }).label).toMatch(
      /resubmit/,
    );
    expect(nextStepFor({ status: "SUBMITTED", hasSettings: true, hasList: true, hasScript: true }).action).toBe(false);
  });
});
