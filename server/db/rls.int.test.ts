import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The second wall: row-level security in Postgres, tested as the app role itself (APP_DATABASE_URL),
// with no application code in between.

const appUrl = process.env.APP_DATABASE_URL;
const ownerUrl = process.env.DATABASE_URL;
if (!appUrl || !ownerUrl) throw new Error("APP_DATABASE_URL and DATABASE_URL are required (run through `npm test`)");

const APP_ROLE = "callwright_app";
const suffix = randomUUID().slice(0, 8);
const A = { orgId: `rls_a_${suffix}`, campaignId: `rls_campaign_a_${suffix}` };
const B = { orgId: `rls_b_${suffix}`, campaignId: `rls_campaign_b_${suffix}` };

let app: pg.Client;
let owner: pg.Client;

/** Runs `fn` in one transaction with app.tenant_id set (transaction-local, like server/db/tenant-db.ts). */
async function asTenant<T>(tenantId: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  await app.query("BEGIN");
  try {
    await app.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    const result = await fn(app);
    await app.query("COMMIT");
    return result;
  } catch (error) {
    await app.query("ROLLBACK");
    throw error;
  }
}

/** Like asTenant, but expects the statement to fail and always rolls back. */
async function failsAsTenant(tenantId: string, sql: string, params: unknown[] = []): Promise<Error> {
  await app.query("BEGIN");
  try {
    await app.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    await app.query(sql, params);
  } catch (error) {
    return error as Error;
  } finally {
    await app.query("ROLLBACK");
  }
  throw new Error(`expected to fail as tenant ${tenantId}: ${sql}`);
}

async function seedTenant(t: { orgId: string; campaignId: string }) {
  await asTenant(t.orgId, async (c) => {
    await c.query(`INSERT INTO "Organization" ("id", "kind", "name", "slug") VALUES ($1, 'CLIENT', $1, $1)`, [t.orgId]);
    await c.query(
      `INSERT INTO "Campaign" ("id", "tenantId", "name", "workflowId", "createdById", "updatedAt") VALUES ($1, $2, 'RLS test', $3, 'nobody', now())`,
      [t.campaignId, t.orgId, `campaign-${t.campaignId}`],
    );
  });
}

beforeAll(async () => {
  app = new pg.Client({ connectionString: appUrl });
  owner = new pg.Client({ connectionString: ownerUrl });
  await Promise.all([app.connect(), owner.connect()]);
  await seedTenant(A);
  await seedTenant(B);
});

afterAll(async () => {
  await Promise.all([app?.end(), owner?.end()]);
});

describe("row-level security (as the app role)", () => {
  it("connects as callwright_app, which is neither superuser, owner nor BYPASSRLS", async () => {
    const { rows } = await app.query<{ current_user: string }>("SELECT current_user");
    expect(rows[0]!.current_user).toBe(APP_ROLE);

    const roles = await owner.query<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean }>(
      "SELECT rolname, rolsuper, rolbypassrls FROM pg_roles WHERE rolname IN ('callwright_app', 'callwright_operator') ORDER BY rolname",
    );
    expect(roles.rows).toEqual([
      { rolname: "callwright_app", rolsuper: false, rolbypassrls: false },
      { rolname: "callwright_operator", rolsuper: false, rolbypassrls: false },
    ]);

    // It owns nothing: an owner could switch RLS off (or skip it without FORCE).
    const owned = await owner.query(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner IN ('callwright_app', 'callwright_operator')",
    );
    expect(owned.rows).toEqual([]);
    // And it cannot become the owner.
    const member = await owner.query<{ is_member: boolean }>(
      "SELECT pg_has_role('callwright_app', t.tableowner, 'MEMBER') AS is_member FROM pg_tables t WHERE t.schemaname = 'public' AND t.tablename = 'Campaign'",
    );
    expect(member.rows[0]!.is_member).toBe(false);
  });

  it("every table with a tenantId column has ENABLE and FORCE row-level security", async () => {
    const { rows } = await owner.query<{ table: string; rls: boolean; forced: boolean; policies: number }>(`
      SELECT c.relname AS table, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
             (SELECT count(*)::int FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname) AS policies
      FROM information_schema.columns col
      JOIN pg_class c ON c.relname = col.table_name
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = col.table_schema
      WHERE col.table_schema = 'public' AND col.column_name = 'tenantId' AND c.relkind IN ('r', 'p')
      ORDER BY c.relname`);
    // Sanity: the query really finds the tenant tables.
    expect(rows.map((r) => r.table)).toEqual(
      expect.arrayContaining(["AuditLog", "Campaign", "EmailLog", "Invitation", "Membership"]),
    );
    const unprotected = rows.filter((r) => !r.rls || !r.forced || r.policies === 0).map((r) => r.table);
    expect(unprotected, "tenant tables without ENABLE + FORCE row-level security and a policy").toEqual([]);

    // The tenant table itself is guarded the same way.
    const org = await owner.query<{ rls: boolean; forced: boolean }>(
      `SELECT relrowsecurity AS rls, relforcerowsecurity AS forced FROM pg_class WHERE relname = 'Organization' AND relkind = 'r'`,
    );
    expect(org.rows[0]).toEqual({ rls: true, forced: true });
  });

  it("fails closed: with no tenant set, reading a tenant table is an error", async () => {
    await expect(app.query(`SELECT * FROM "Campaign"`)).rejects.toThrow(/tenant context is not set/);
    await expect(app.query(`SELECT * FROM "Membership"`)).rejects.toThrow(/tenant context is not set/);
    // An empty setting (what a finished transaction leaves behind) is the same as none.
    await app.query("BEGIN");
    try {
      await app.query("SELECT set_config('app.tenant_id', '', true)");
      await expect(app.query(`SELECT * FROM "Campaign"`)).rejects.toThrow(/tenant context is not set/);
    } finally {
      await app.query("ROLLBACK");
    }
  });

  it("the tenant setting does not outlive its transaction", async () => {
    await asTenant(A.orgId, async (c) => {
      const { rowCount } = await c.query(`SELECT 1 FROM "Campaign"`);
      expect(rowCount).toBeGreaterThan(0);
    });
    await expect(app.query(`SELECT * FROM "Campaign"`)).rejects.toThrow(/tenant context is not set/);
  });

  it("with tenant A set, tenant B's rows are invisible", async () => {
    await asTenant(A.orgId, async (c) => {
      const all = await c.query<{ id: string; tenantId: string }>(`SELECT "id", "tenantId" FROM "Campaign"`);
      expect(all.rows.map((r) => r.id)).toContain(A.campaignId);
      expect(all.rows.every((r) => r.tenantId === A.orgId)).toBe(true);

      const direct = await c.query(`SELECT * FROM "Campaign" WHERE "id" = $1`, [B.campaignId]);
      expect(direct.rowCount).toBe(0);
      const byTenant = await c.query(`SELECT * FROM "Campaign" WHERE "tenantId" = $1`, [B.orgId]);
      expect(byTenant.rowCount).toBe(0);
      const org = await c.query(`SELECT * FROM "Organization" WHERE "id" = $1`, [B.orgId]);
      expect(org.rowCount).toBe(0);
    });
  });

  it("with tenant A set, writing tenant B's rows fails or touches nothing", async () => {
    // Insert into B: rejected by the policy's WITH CHECK.
    const insert = await failsAsTenant(
      A.orgId,
      `INSERT INTO "Campaign" ("id", "tenantId", "name", "workflowId", "createdById", "updatedAt") VALUES ($1, $2, 'sneaky', $3, 'nobody', now())`,
      [`sneaky_${suffix}`, B.orgId, `campaign-sneaky_${suffix}`],
    );
    expect(insert.message).toMatch(/row-level security/);

    // Moving A's own row into B: rejected too.
    const move = await failsAsTenant(A.orgId, `UPDATE "Campaign" SET "tenantId" = $1 WHERE "id" = $2`, [
      B.orgId,
      A.campaignId,
    ]);
    expect(move.message).toMatch(/row-level security/);

    await asTenant(A.orgId, async (c) => {
      const update = await c.query(`UPDATE "Campaign" SET "name" = 'hijacked' WHERE "id" = $1`, [B.campaignId]);
      expect(update.rowCount).toBe(0);
      const del = await c.query(`DELETE FROM "Campaign" WHERE "tenantId" = $1`, [B.orgId]);
      expect(del.rowCount).toBe(0);
      const orgUpdate = await c.query(`UPDATE "Organization" SET "name" = 'hijacked' WHERE "id" = $1`, [B.orgId]);
      expect(orgUpdate.rowCount).toBe(0);
    });

    // B's data is untouched.
    await asTenant(B.orgId, async (c) => {
      const { rows } = await c.query<{ name: string; tenantId: string }>(
        `SELECT "name", "tenantId" FROM "Campaign" WHERE "id" = $1`,
        [B.campaignId],
      );
      expect(rows).toEqual([{ name: "RLS test", tenantId: B.orgId }]);
      const orgs = await c.query<{ name: string }>(`SELECT "name" FROM "Organization" WHERE "id" = $1`, [B.orgId]);
      expect(orgs.rows).toEqual([{ name: B.orgId }]);
    });
  });

  it("the app role cannot switch row-level security off or bypass it", async () => {
    await expect(app.query(`ALTER TABLE "Campaign" DISABLE ROW LEVEL SECURITY`)).rejects.toThrow(/must be owner/);
    await expect(app.query(`SET ROLE callwright_operator`)).rejects.toThrow(/permission denied/);
    // row_security = off does not bypass anything: a query that RLS would affect is refused instead.
    await app.query("SET row_security = off");
    try {
      await app.query("BEGIN");
      await app.query("SELECT set_config('app.tenant_id', $1, true)", [A.orgId]);
      await expect(app.query(`SELECT * FROM "Campaign"`)).rejects.toThrow(/row-level security/);
    } finally {
      await app.query("ROLLBACK");
      await app.query("RESET row_security");
    }
  });
});
