import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { tenantDb } from "../../../db/tenant-db";
import { DEFAULT_RETRY_POLICY } from "../../../shared/campaigns/retry-policy";
import { localParts } from "../../../shared/local-time";
import { callerFor, signUpForTest } from "../../testing";

// Saving the settings step through the real tenant gate, RLS and Postgres: partial drafts, bad
// input that leaves the row untouched, status gating, another tenant's campaign → NOT_FOUND.

const suffix = `${Date.now()}-${randomUUID().slice(0, 6)}`;

async function newTenant(label: string) {
  const { orgId, userId } = await signUpForTest({
    companyName: `Settings ${label} ${suffix}`,
    name: `Owner ${label}`,
    email: `settings-${label}-${suffix}@int.test`,
    password: "int-test-password",
  });
  const caller = callerFor(userId);
  const { id: campaignId } = await caller.campaign.create({ orgId, name: `Settings ${label}`, description: "" });
  return { orgId, userId, caller, campaignId };
}

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return (error as TRPCError).code;
}

const rawRow = (orgId: string, campaignId: string) =>
  tenantDb(orgId).tx((tx) => tx.campaign.findUniqueOrThrow({ where: { id: campaignId } }));
const auditCount = (orgId: string, campaignId: string) =>
  tenantDb(orgId).tx((tx) =>
    tx.auditLog.count({ where: { targetId: campaignId, action: "campaign.settings.updated" } }),
  );

let A: Awaited<ReturnType<typeof newTenant>>;
let B: Awaited<ReturnType<typeof newTenant>>;
let today: string;

beforeAll(async () => {
  [A, B] = await Promise.all([newTenant("a"), newTenant("b")]);
  today = localParts("UTC", new Date()).date; // sign-up leaves Organization.timeZone at UTC
});

const later = (days: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe("campaignSettings.update", () => {
  it("saves sections one at a time as a draft, each with an audit entry", async () => {
    const { orgId, caller, campaignId } = A;
    const first = await caller.campaignSettings.update({
      orgId,
      campaignId,
      patch: { section: "basics", type: "SURVEY", name: "Customer survey", description: "Q4" },
    });
    expect(first.settings).toMatchObject({ type: "SURVEY", name: "Customer survey", callingWindow: null });
    expect(first.settings.complete).toMatchObject({ basics: true, schedule: false });
    expect(first.settings.wizardStep).toBe(0);

    await caller.campaignSettings.update({
      orgId,
      campaignId,
      patch: { section: "schedule", startDate: today, endDate: later(30) },
    });
    await caller.campaignSettings.update({
      orgId,
      campaignId,
      patch: { section: "callingWindow", callingWindow: { days: [1, 2, 3], start: "09:00", end: "20:00" } },
    });
    await caller.campaignSettings.update({
      orgId,
      campaignId,
      patch: {
        section: "dialing",
        dialMode: "PREDICTIVE",
        abandonCapPercent: "2.5",
        retryPolicy: DEFAULT_RETRY_POLICY,
        maxAttempts: 4,
        callerId: "+1 415 555 2671",
      },
    });
    await caller.campaignSettings.update({
      orgId,
      campaignId,
      patch: {
        section: "dispositions",
        dispositions: [
          { code: "SURVEY_COMPLETED", label: "Completed", category: "SUCCESS", billable: true },
          { code: "DNC", label: "Do not call", category: "DO_NOT_CALL", billable: false },
        ],
      },
    });
    const last = await caller.campaignSettings.update({
      orgId,
      campaignId,
      patch: { section: "budget", budgetCap: "1234.56", currency: "USD" },
    });
    expect(Object.values(last.settings.complete).every(Boolean)).toBe(true);
    expect(last.settings.wizardStep).toBe(1);

    const row = await rawRow(orgId, campaignId);
    expect(row).toMatchObject({
      abandonCapBps: 250,
      budgetCapMinor: 123456,
      currency: "USD",
      callerId: "+14155552671",
      maxAttempts: 4,
      dialMode: "PREDICTIVE",
      wizardStep: 1,
    });
    expect(row.startDate?.toISOString().slice(0, 10)).toBe(today);
    expect(await auditCount(orgId, campaignId)).toBe(6);

    const got = await caller.campaignSettings.get({ orgId, campaignId });
    expect(got).toMatchObject({ editable: true, organizationTimeZone: "UTC", today });
    expect(got.settings.callingWindow).toEqual({ days: [1, 2, 3], start: "09:00", end: "20:00" });
  });

  it("bad section input leaves the row and the audit trail unchanged", async () => {
    const { orgId, caller, campaignId } = A;
    const before = await rawRow(orgId, campaignId);
    const audits = await auditCount(orgId, campaignId);
    const bad = [
      { section: "callingWindow", callingWindow: { days: [1], start: "07:00", end: "21:00" } },
      { section: "callingWindow", callingWindow: { days: [1], start: "18:00", end: "09:00" } },
      {
        section: "dialing",
        dialMode: "PREDICTIVE",
        abandonCapPercent: "3.5",
        retryPolicy: DEFAULT_RETRY_POLICY,
        maxAttempts: 3,
        callerId: "+14155552671",
      },
      {
        section: "dialing",
        dialMode: "PREDICTIVE",
        abandonCapPercent: "3",
        retryPolicy: DEFAULT_RETRY_POLICY,
        maxAttempts: 3,
        callerId: "12345",
      },
      { section: "dispositions", dispositions: [{ code: "SALE", label: "Sale", category: "SUCCESS", billable: true }] },
      { section: "budget", budgetCap: "12.345", currency: "EUR" },
      { section: "schedule", startDate: later(10), endDate: later(5) },
      { section: "basics", type: "CHAT", name: "x", description: "" },
    ];
    for (const patch of bad) {
      expect(
        await codeOf(caller.campaignSettings.update({ orgId, campaignId, patch } as never)),
        JSON.stringify(patch),
      ).toBe("BAD_REQUEST");
    }
    // Past start: the schema alone can't know "today" in the org's zone; the server checks it.
    const past = caller.campaignSettings.update({
      orgId,
      campaignId,
      patch: { section: "schedule", startDate: later(-1), endDate: later(5) },
    });
    await expect(past).rejects.toThrow(/The start date is in the past/);
    expect(await rawRow(orgId, campaignId)).toEqual(before);
    expect(await auditCount(orgId, campaignId)).toBe(audits);
  });

  it("another tenant's campaign → NOT_FOUND, and it stays untouched", async () => {
    const before = await rawRow(B.orgId, B.campaignId);
    const patch = { section: "basics", type: "SURVEY", name: "Hijacked", description: "" } as const;
    expect(await codeOf(A.caller.campaignSettings.update({ orgId: A.orgId, campaignId: B.campaignId, patch }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(A.caller.campaignSettings.update({ orgId: B.orgId, campaignId: B.campaignId, patch }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(A.caller.campaignSettings.get({ orgId: A.orgId, campaignId: B.campaignId }))).toBe("NOT_FOUND");
    expect(await rawRow(B.orgId, B.campaignId)).toEqual(before);
  });

  it("a submitted campaign can't be edited; a rejected one can", async () => {
    const { orgId, caller, campaignId } = B;
    await tenantDb(orgId).tx((tx) => tx.campaign.update({ where: { id: campaignId }, data: { status: "SUBMITTED" } }));
    const patch = { section: "basics", type: "REMINDER", name: "Reminders", description: "" } as const;
    await expect(caller.campaignSettings.update({ orgId, campaignId, patch })).rejects.toThrow(
      /^This campaign is submitted; /,
    );
    expect(await codeOf(caller.campaignSettings.update({ orgId, campaignId, patch }))).toBe("PRECONDITION_FAILED");
    expect((await caller.campaignSettings.get({ orgId, campaignId })).editable).toBe(false);
    await tenantDb(orgId).tx((tx) => tx.campaign.update({ where: { id: campaignId }, data: { status: "REJECTED" } }));
    expect((await caller.campaignSettings.update({ orgId, campaignId, patch })).settings.type).toBe("REMINDER");
  });
});
