import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { tenantDb } from "../../../db/tenant-db";
import { callerFor, signUpForTest } from "../../testing";

// Escalation contacts through the tenant gate: CRUD, reorder in one transaction, and another
// tenant's campaign or contact → NOT_FOUND.

const suffix = `${Date.now()}-${randomUUID().slice(0, 6)}`;

async function newTenant(label: string) {
  const { orgId, userId } = await signUpForTest({
    companyName: `Escalation ${label} ${suffix}`,
    name: `Owner ${label}`,
    email: `escalation-${label}-${suffix}@int.test`,
    password: "int-test-password",
  });
  const caller = callerFor(userId);
  const { id: campaignId } = await caller.campaign.create({ orgId, name: `Escalation ${label}`, description: "" });
  return { orgId, caller, campaignId };
}

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return (error as TRPCError).code;
}

const person = (name: string, over: Record<string, unknown> = {}) => ({
  name,
  role: "Supervisor",
  phone: "030 1234567",
  phoneCountry: "DE" as const,
  email: `${name.toLowerCase()}@example.com`,
  channels: ["WARM_TRANSFER" as const, "EMAIL" as const],
  timeZone: "Europe/Berlin",
  windows: [{ days: [1, 2, 3, 4, 5, 6, 7], start: "00:00", end: "24:00" }],
  ...over,
});

let A: Awaited<ReturnType<typeof newTenant>>;
let B: Awaited<ReturnType<typeof newTenant>>;

beforeAll(async () => {
  [A, B] = await Promise.all([newTenant("a"), newTenant("b")]);
});

describe("escalation contacts", () => {
  it("create, list with on-duty status, update, reorder and delete", async () => {
    const { orgId, caller, campaignId } = A;
    const ids: string[] = [];
    for (const name of ["Ann", "Ben", "Cat"])
      ids.push((await caller.escalation.create({ orgId, campaignId, contact: person(name) })).id);
    let list = await caller.escalation.list({ orgId, campaignId });
    expect(list.contacts.map((c) => [c.name, c.position])).toEqual([
      ["Ann", 0],
      ["Ben", 1],
      ["Cat", 2],
    ]);
    expect(list.contacts[0]).toMatchObject({
      phoneE164: "+49301234567",
      onDuty: true,
      channels: ["WARM_TRANSFER", "EMAIL"],
    });
    expect(list.editable).toBe(true);

    const updated = await caller.escalation.update({
      orgId,
      campaignId,
      contactId: ids[1]!,
      contact: person("Ben", { phone: "+1 415 555 2671", timeZone: "America/New_York", channels: ["EMAIL"] }),
    });
    expect(updated).toMatchObject({ phoneE164: "+14155552671", timeZone: "America/New_York", channels: ["EMAIL"] });

    await caller.escalation.reorder({ orgId, campaignId, contactId: ids[2]!, direction: "up" });
    list = await caller.escalation.list({ orgId, campaignId });
    expect(list.contacts.map((c) => [c.name, c.position])).toEqual([
      ["Ann", 0],
      ["Cat", 1],
      ["Ben", 2],
    ]);
    expect(await codeOf(caller.escalation.reorder({ orgId, campaignId, contactId: ids[0]!, direction: "up" }))).toBe(
      "PRECONDITION_FAILED",
    );

    await caller.escalation.delete({ orgId, campaignId, contactId: ids[0]! });
    list = await caller.escalation.list({ orgId, campaignId });
    expect(list.contacts.map((c) => [c.name, c.position])).toEqual([
      ["Cat", 0],
      ["Ben", 1],
    ]);

    const campaign = await tenantDb(orgId).tx((tx) =>
      tx.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { wizardStep: true } }),
    );
    expect(campaign.wizardStep).toBe(4);
    const actions = await tenantDb(orgId).tx((tx) =>
      tx.auditLog.findMany({
        where: { targetId: campaignId, action: { startsWith: "campaign.escalation." } },
        select: { action: true },
      }),
    );
    expect(actions.map((a) => a.action).sort()).toEqual([
      "campaign.escalation.created",
      "campaign.escalation.created",
      "campaign.escalation.created",
      "campaign.escalation.deleted",
      "campaign.escalation.reordered",
      "campaign.escalation.updated",
    ]);
  });

  it("bad input stores nothing, with a clear message", async () => {
    const { orgId, caller, campaignId } = A;
    const before = await caller.escalation.list({ orgId, campaignId });
    await expect(
      caller.escalation.create({
        orgId,
        campaignId,
        contact: person("Dan", { windows: [{ days: [1], start: "17:00", end: "09:00" }] }),
      }),
    ).rejects.toThrow(/The window ends before it starts/);
    await expect(
      caller.escalation.create({ orgId, campaignId, contact: person("Dan", { timeZone: "Europe/Atlantis" }) }),
    ).rejects.toThrow(/Unknown time zone/);
    await expect(
      caller.escalation.create({ orgId, campaignId, contact: person("Dan", { phone: "0000" }) }),
    ).rejects.toThrow(/Not a valid DE number/);
    expect((await caller.escalation.list({ orgId, campaignId })).contacts).toEqual(before.contacts);
  });

  it("another tenant's campaign or contact → NOT_FOUND, and nothing changes", async () => {
    const b = await B.caller.escalation.create({ orgId: B.orgId, campaignId: B.campaignId, contact: person("Bea") });
    const a = A.caller;
    for (const orgId of [A.orgId, B.orgId]) {
      expect(await codeOf(a.escalation.list({ orgId, campaignId: B.campaignId }))).toBe("NOT_FOUND");
      expect(await codeOf(a.escalation.create({ orgId, campaignId: B.campaignId, contact: person("Eve") }))).toBe(
        "NOT_FOUND",
      );
      expect(
        await codeOf(a.escalation.update({ orgId, campaignId: B.campaignId, contactId: b.id, contact: person("Eve") })),
      ).toBe("NOT_FOUND");
      expect(await codeOf(a.escalation.delete({ orgId, campaignId: B.campaignId, contactId: b.id }))).toBe("NOT_FOUND");
      expect(
        await codeOf(a.escalation.reorder({ orgId, campaignId: B.campaignId, contactId: b.id, direction: "down" })),
      ).toBe("NOT_FOUND");
    }
    // B's contact id under A's own campaign: still not found.
    expect(
      await codeOf(
        a.escalation.update({ orgId: A.orgId, campaignId: A.campaignId, contactId: b.id, contact: person("Eve") }),
      ),
    ).toBe("NOT_FOUND");
    expect(await codeOf(a.escalation.delete({ orgId: A.orgId, campaignId: A.campaignId, contactId: b.id }))).toBe(
      "NOT_FOUND",
    );
    const list = await B.caller.escalation.list({ orgId: B.orgId, campaignId: B.campaignId });
    expect(list.contacts.map((c) => c.name)).toEqual(["Bea"]);
  });

  it("a submitted campaign's contacts can't change", async () => {
    const { orgId, caller, campaignId } = B;
    await tenantDb(orgId).tx((tx) => tx.campaign.update({ where: { id: campaignId }, data: { status: "SUBMITTED" } }));
    expect(await codeOf(caller.escalation.create({ orgId, campaignId, contact: person("Late") }))).toBe(
      "PRECONDITION_FAILED",
    );
    expect((await caller.escalation.list({ orgId, campaignId })).editable).toBe(false);
  });
});
