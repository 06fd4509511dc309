import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prismaFor } from "./db/prisma-client";
import { systemDb } from "./db/system-db";
import { tenantDb } from "./db/tenant-db";
import { RETRY_MESSAGE } from "./db-errors";
import { env } from "./env";
import { mapError } from "./error-mapping";
import { callerFor, signUpForTest } from "./api/testing";

// Every class of database refusal, provoked against the real database, must reach the user as the
// right code with a clear message, never a 500: through real procedures where one can hit it, and
// through the mapper with the real error object for the rest.

const suffix = `${Date.now()}-${randomUUID().slice(0, 6)}`;
let owner: pg.Client;
let tenantId: string;
let otherTenantId: string;
let userId: string;

async function newTenant(label: string) {
  return signUpForTest({
    companyName: `Db errors ${label} ${suffix}`,
    name: `Owner ${label}`,
    email: `db-errors-${label}-${suffix}@int.test`,
    password: "int-test-password",
  });
}

beforeAll(async () => {
  owner = new pg.Client({ connectionString: env().DATABASE_URL });
  await owner.connect();
  const [a, b] = await Promise.all([newTenant("a"), newTenant("b")]);
  ({ orgId: tenantId, userId } = a);
  otherTenantId = b.orgId;
});
afterAll(() => owner.end());

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected the database to refuse");
    },
    (e: unknown) => e,
  );

/** Runs `sql` on the owner connection in an open transaction, and waits until another session blocks on it. */
async function holdWhile<T>(sql: { text: string; values: unknown[] }, blocked: () => Promise<T>): Promise<T> {
  const holder = new pg.Client({ connectionString: env().DATABASE_URL });
  await holder.connect();
  try {
    await holder.query("BEGIN");
    await holder.query(sql.text, sql.values);
    const pending = blocked().then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    for (let i = 0; ; i++) {
      const { rows } = await owner.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if (rows[0]!.n > 0) break;
      if (i > 200) throw new Error("the procedure never waited for the held row");
      await new Promise((r) => setTimeout(r, 25));
    }
    await holder.query("COMMIT");
    const outcome = await pending;
    if ("error" in outcome) throw outcome.error;
    return outcome.value;
  } finally {
    await holder.end();
  }
}

describe("through real procedures", () => {
  it("a unique violation (a rate plan saved at the same moment) answers CONFLICT", async () => {
    const admin = await systemDb().user.findUniqueOrThrow({ where: { email: "admin@callwright.test" } });
    const save = () =>
      callerFor(admin.id).ratePlan.save({
        tenantId,
        name: "Race plan",
        currency: "EUR",
        agentHourRate: "30.00",
        setupFee: "0.00",
      });
    // The other save has inserted but not committed: ours sees no plan, inserts, and waits on the unique index.
    const error = await failureOf(
      holdWhile(
        {
          text: `INSERT INTO "RatePlan" (id, "tenantId", name, currency, "agentHourRateMinor", "updatedAt") VALUES ($1, $2, 'Other', 'EUR', 3000, now())`,
          values: [`race-${suffix}`, tenantId],
        },
        save,
      ),
    );
    expect(error).toBeInstanceOf(TRPCError);
    expect(error).toMatchObject({
      code: "CONFLICT",
      message: "This rate plan already exists. Reload to see the latest, then try again.",
    });
  });

  it("a record deleted under an update answers NOT_FOUND (P2025)", async () => {
    const caller = callerFor(userId);
    const { id: campaignId } = await caller.campaign.create({ orgId: tenantId, name: "Db errors", description: "" });
    const contact = {
      name: "Ann",
      role: "Supervisor",
      phone: "030 1234567",
      phoneCountry: "DE" as const,
      email: "ann@example.com",
      channels: ["WARM_TRANSFER" as const],
      timeZone: "Europe/Berlin",
      windows: [{ days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00" }],
    };
    const { id: contactId } = await caller.escalation.create({ orgId: tenantId, campaignId, contact });
    const error = await failureOf(
      holdWhile({ text: `DELETE FROM "EscalationContact" WHERE id = $1`, values: [contactId] }, () =>
        caller.escalation.update({ orgId: tenantId, campaignId, contactId, contact: { ...contact, name: "Ann B" } }),
      ),
    );
    expect(error).toMatchObject({
      code: "NOT_FOUND",
      message: "Escalation contact not found. It may have been deleted; reload and try again.",
    });
  });
});

describe("real errors from Postgres, through the mapper", () => {
  const db = () => tenantDb(tenantId, userId);
  const mapped = async (run: () => Promise<unknown>) => {
    const m = mapError(await failureOf(run()), "req-int");
    // Never the database's words: no SQL, no table or constraint names.
    expect(m.message).not.toMatch(/violates|constraint|relation|table|policy|"/);
    return m;
  };

  it("unique violation → CONFLICT", async () => {
    const entry = { tenantId, phoneE164: "+14155550100" };
    await db().tx((tx) => tx.dncEntry.create({ data: entry }));
    expect(await mapped(() => db().tx((tx) => tx.dncEntry.create({ data: entry })))).toMatchObject({
      code: "CONFLICT",
      httpStatus: 409,
      message: "This do-not-call entry already exists. Reload to see the latest, then try again.",
    });
  });

  it("row-level security refusing another tenant's row → NOT_FOUND, revealing nothing", async () => {
    const write = () =>
      db().tx((tx) =>
        tx.campaign.create({
          data: { tenantId: otherTenantId, name: "Probe", workflowId: `probe-${suffix}`, createdById: userId },
        }),
      );
    expect(await mapped(write)).toMatchObject({ code: "NOT_FOUND", httpStatus: 404, message: "Campaign not found." });
  });

  it("a query without a tenant context stays a 500: our bug, not the user's", async () => {
    const app = prismaFor(env().APP_DATABASE_URL);
    const m = mapError(await failureOf(app.$transaction((tx) => tx.campaign.findMany())), "req-int");
    expect(m).toMatchObject({ code: "INTERNAL_SERVER_ERROR", httpStatus: 500, unexpected: true });
  });

  it("check violation, bad text, too long, out of range, bad dates → BAD_REQUEST", async () => {
    const raw = (sql: string) => () => db().tx((tx) => tx.$executeRawUnsafe(sql));
    const expectations: [() => Promise<unknown>, string][] = [
      [
        raw(`CREATE TEMP TABLE ck (n int CHECK (n > 0)); INSERT INTO ck VALUES (-1)`),
        "A value is not allowed here. Check the form and try again.",
      ],
      [raw(`SELECT 'abc'::int`), "A value has the wrong format. Check it and try again."],
      [
        raw(`SELECT 'abcdef'::varchar(2)::text; CREATE TEMP TABLE v (s varchar(2)); INSERT INTO v VALUES ('abcdef')`),
        "A value is too long. Shorten it and try again.",
      ],
      [raw(`SELECT 'notadate'::date`), "A date or time is not valid. Check it and try again."],
      [raw(`SELECT '2026-02-31'::date`), "A date or time is not valid. Check it and try again."],
    ];
    for (const [run, message] of expectations)
      expect(await mapped(run)).toMatchObject({ code: "BAD_REQUEST", httpStatus: 400, message });
    // Through a model query: Prisma's own P2020 for a number Postgres cannot store.
    const campaign = await db().tx((tx) =>
      tx.campaign.create({
        data: { tenantId, name: "Range", workflowId: `range-${suffix}`, createdById: userId },
        select: { id: true },
      }),
    );
    const overflow = () =>
      db().tx((tx) => tx.campaign.update({ where: { id: campaign.id }, data: { maxAttempts: 2 ** 40 } }));
    expect(await mapped(overflow)).toMatchObject({
      code: "BAD_REQUEST",
      message: "A number is too large or too small.",
    });
  });

  it("foreign key: a reference to a missing row → NOT_FOUND; removing a row still referenced → CONFLICT", async () => {
    const orphan = () =>
      db().tx((tx) =>
        tx.contact.createMany({
          data: [{ tenantId, listId: `missing-${suffix}`, rowNumber: 1, phoneE164: "+14155550101" }],
        }),
      );
    expect(await mapped(orphan)).toMatchObject({
      code: "NOT_FOUND",
      message: "Something this refers to was not found. It may have been deleted; reload and try again.",
    });
    const stillUsed = () =>
      db().tx((tx) =>
        tx.$executeRawUnsafe(
          `CREATE TEMP TABLE parent (id int PRIMARY KEY); CREATE TEMP TABLE child (p int REFERENCES parent);
           INSERT INTO parent VALUES (1); INSERT INTO child VALUES (1); DELETE FROM parent`,
        ),
      );
    expect(await mapped(stillUsed)).toMatchObject({
      code: "CONFLICT",
      message: "This record is still in use, so it cannot be removed or changed.",
    });
  });

  it("serialization failure and deadlock → a retryable CONFLICT", async () => {
    const campaigns = await db().tx((tx) =>
      Promise.all(
        ["x", "y"].map((n) =>
          tx.campaign.create({
            data: { tenantId, name: n, workflowId: `lock-${n}-${suffix}`, createdById: userId },
            select: { id: true },
          }),
        ),
      ),
    );
    const [x, y] = campaigns.map((c) => c.id) as [string, string];
    const rename = (tx: Parameters<Parameters<ReturnType<typeof db>["tx"]>[0]>[0], id: string, name: string) =>
      tx.campaign.update({ where: { id }, data: { name } });

    // Two serializable transactions read, then write the same row: the second writer cannot be serialized.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const first = db().tx(
      async (tx) => {
        await tx.campaign.findUnique({ where: { id: x } });
        await gate;
        await rename(tx, x, "first");
      },
      { isolationLevel: "Serializable" },
    );
    const second = db().tx(
      async (tx) => {
        await tx.campaign.findUnique({ where: { id: x } });
        await rename(tx, x, "second");
      },
      { isolationLevel: "Serializable" },
    );
    await second;
    release();
    const serialization = mapError(await failureOf(first), "req-int");
    expect(serialization).toMatchObject({ code: "CONFLICT", message: RETRY_MESSAGE, details: { retryable: true } });

    // Two transactions lock the same two rows in opposite order: Postgres aborts one of them.
    let firstLocked!: () => void;
    let secondLocked!: () => void;
    const firstHolds = new Promise<void>((r) => (firstLocked = r));
    const secondHolds = new Promise<void>((r) => (secondLocked = r));
    const outcomes = await Promise.allSettled([
      db().tx(async (tx) => {
        await rename(tx, x, "a");
        firstLocked();
        await secondHolds;
        await rename(tx, y, "a");
      }),
      db().tx(async (tx) => {
        await rename(tx, y, "b");
        secondLocked();
        await firstHolds;
        await rename(tx, x, "b");
      }),
    ]);
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(mapError(rejected[0]!.reason, "req-int")).toMatchObject({
      code: "CONFLICT",
      httpStatus: 409,
      message: RETRY_MESSAGE,
      details: { retryable: true },
    });
  });
});
