import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, signUpForTest } from "../../api/testing";
import { systemDb } from "../../db/system-db";
import { tenantDb } from "../../db/tenant-db";
import { SEARCH_MAX_ROWS_PER_REQUEST } from "./contact-table";

// contacts.list on the real database, through the tRPC stack (tenant gate, RLS, output schema):
// keyset pages in file order, search, and phone numbers masked on the server by role.

const suffix = `${Date.now()}-${randomUUID().slice(0, 6)}`;
const ROWS = 60;
/** Far beyond one search window, to check that a search continues from where it stopped. */
const FAR_ROW = SEARCH_MAX_ROWS_PER_REQUEST + 50_002;

let orgId: string;
let ownerId: string;
let memberId: string;
let campaignId: string;
let emptyCampaignId: string;

const phoneOf = (row: number) => `+1212555${String(1000 + row).padStart(4, "0")}`;

beforeAll(async () => {
  ({ orgId, userId: ownerId } = await signUpForTest({
    companyName: `Contacts Co ${suffix}`,
    name: "Otto Owner",
    email: `ct-owner-${suffix}@int.test`,
    password: "int-test-password",
  }));
  const member = await systemDb().user.create({ data: { email: `ct-member-${suffix}@int.test`, name: "Mia Member" } });
  await systemDb().membership.create({ data: { tenantId: orgId, userId: member.id, role: "CLIENT_MEMBER" } });
  memberId = member.id;
  const owner = callerFor(ownerId);
  campaignId = (await owner.campaign.create({ orgId, name: `Contacts ${suffix}`, description: "" })).id;
  emptyCampaignId = (await owner.campaign.create({ orgId, name: `No list ${suffix}`, description: "" })).id;
  await tenantDb(orgId, ownerId).tx(async (tx) => {
    const list = await tx.contactList.create({ data: { tenantId: orgId, campaignId, fields: [], rowCount: ROWS + 1 } });
    // Row numbers as in a file: the header is row 1; row 10 was rejected, so it is missing.
    const rows = Array.from({ length: ROWS + 1 }, (_, i) => i + 2).filter((r) => r !== 10);
    await tx.contact.createMany({
      data: [...rows, FAR_ROW].map((rowNumber) => ({
        tenantId: orgId,
        listId: list.id,
        rowNumber,
        phoneE164: phoneOf(rowNumber),
        firstName: rowNumber === FAR_ROW ? "Zelda" : `First${rowNumber}`,
        lastName: rowNumber % 2 ? "Garcia" : "Miller",
        email: `c${rowNumber}@example.com`,
        country: "US",
        region: "NY",
        timeZone: "America/New_York",
        fields: { secret: "never read" },
      })),
    });
    await tx.campaign.update({ where: { id: campaignId }, data: { activeContactListId: list.id } });
  });
});

describe("contacts.list", () => {
  it("walks the whole list in file order with keyset pages: no row twice, none missing", async () => {
    const owner = callerFor(ownerId);
    const seen: number[] = [];
    let after = 0;
    for (let pages = 0; pages < 10; pages++) {
      const page = await owner.contacts.list({ orgId, campaignId, after, pageSize: 25 });
      expect(page.listSize).toBe(ROWS + 1);
      seen.push(...page.rows.map((r) => r.rowNumber));
      if (page.nextAfter === null) break;
      after = page.nextAfter;
    }
    const expected = [...Array.from({ length: ROWS + 1 }, (_, i) => i + 2).filter((r) => r !== 10), FAR_ROW];
    expect(seen).toEqual(expected);
  });

  it("returns the core columns only: never the custom fields", async () => {
    const page = await callerFor(ownerId).contacts.list({ orgId, campaignId, pageSize: 25 });
    expect(page.rows[0]).toEqual({
      rowNumber: 2,
      firstName: "First2",
      lastName: "Miller",
      phone: "+1 212 555 1002",
      email: "c2@example.com",
      country: "US",
      region: "NY",
      timeZone: "America/New_York",
      attempts: 0,
    });
    expect(JSON.stringify(page)).not.toContain("never read");
  });

  it("masks phone numbers on the server for a member; the owner sees them whole", async () => {
    const owner = await callerFor(ownerId).contacts.list({ orgId, campaignId, pageSize: 100 });
    const member = await callerFor(memberId).contacts.list({ orgId, campaignId, pageSize: 100 });
    expect(owner.phoneMasked).toBe(false);
    expect(member.phoneMasked).toBe(true);
    expect(member.rows.map((r) => r.rowNumber)).toEqual(owner.rows.map((r) => r.rowNumber));
    expect(member.rows[0]!.phone).toBe("+1 212 ••• ••02");
    // No hidden digit reaches the member: "555 1002" appears nowhere in the answer.
    const text = JSON.stringify(member);
    for (const r of owner.rows) expect(text).not.toContain(r.phone.replace(/\D/g, "").slice(4, 9));
  });

  it("searches names and emails by prefix, case-insensitively, and phone digits for the owner", async () => {
    const owner = callerFor(ownerId);
    const garcia = await owner.contacts.list({ orgId, campaignId, search: "garc", pageSize: 100 });
    expect(garcia.rows.length).toBeGreaterThan(0);
    expect(garcia.rows.every((r) => r.lastName === "Garcia")).toBe(true);
    expect(
      (await owner.contacts.list({ orgId, campaignId, search: "C7@EXAMPLE" })).rows.map((r) => r.rowNumber),
    ).toEqual([7]);
    expect((await owner.contacts.list({ orgId, campaignId, search: "555 1012" })).rows.map((r) => r.rowNumber)).toEqual(
      [12],
    );
    // LIKE wildcards are text, not patterns.
    expect((await owner.contacts.list({ orgId, campaignId, search: "%" })).rows).toEqual([]);
  });

  it("lets a member find a number only by the whole number, so masked digits cannot be probed", async () => {
    const member = callerFor(memberId);
    expect((await member.contacts.list({ orgId, campaignId, search: "555 1012" })).rows).toEqual([]);
    const whole = await member.contacts.list({ orgId, campaignId, search: "+1 212 555 1012" });
    expect(whole.rows.map((r) => [r.rowNumber, r.phone])).toEqual([[12, "+1 212 ••• ••12"]]);
  });

  it("a search stops after its share of the list and the next page continues from there", async () => {
    const owner = callerFor(ownerId);
    const first = await owner.contacts.list({ orgId, campaignId, search: "zelda" });
    expect(first.rows).toEqual([]);
    expect(first.searchedThrough).toBeGreaterThan(0);
    expect(first.searchedThrough).toBeLessThanOrEqual(SEARCH_MAX_ROWS_PER_REQUEST);
    expect(first.nextAfter).toBe(first.searchedThrough);
    let after = first.nextAfter!;
    for (let requests = 1; requests < 10; requests++) {
      const next = await owner.contacts.list({ orgId, campaignId, search: "zelda", after });
      if (next.rows.length > 0) {
        expect(next.rows.map((r) => r.rowNumber)).toEqual([FAR_ROW]);
        expect(next.nextAfter).toBeNull();
        return;
      }
      after = next.nextAfter!;
    }
    throw new Error("the search never reached the far row");
  });

  it("answers an empty table for a campaign without a list, and refuses a page size it does not offer", async () => {
    const page = await callerFor(ownerId).contacts.list({ orgId, campaignId: emptyCampaignId });
    expect(page).toMatchObject({ hasList: false, rows: [], nextAfter: null });
    const error = await callerFor(ownerId)
      .contacts.list({ orgId, campaignId, pageSize: 1000 as 25 })
      .catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
  });
});
