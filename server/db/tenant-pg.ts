import "server-only";
import pg from "pg";
import { env } from "../env";

/** A new raw connection as the app role, in a transaction with app.tenant_id set (RLS applies). */
async function openTenantTransaction(tenantId: string, begin: "BEGIN" | "BEGIN READ ONLY"): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: env().APP_DATABASE_URL });
  await client.connect();
  try {
    await client.query(begin);
    await client.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
}

/**
 * A raw pg connection as the app role inside one tenant transaction, for what Prisma cannot do
 * (COPY through pg-copy-streams). RLS applies exactly as for tenantDb. Commits only if fn resolves.
 */
export async function withTenantPgTransaction<T>(tenantId: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = await openTenantTransaction(tenantId, "BEGIN");
  try {
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * A generator run inside one read-only tenant transaction on its own raw connection (as the app
 * role, RLS applies): for reading large rows one at a time while another connection writes.
 * The connection closes when the consumer finishes or stops early.
 */
export async function* streamInTenantPgTransaction<T>(
  tenantId: string,
  fn: (client: pg.Client) => AsyncGenerator<T>,
): AsyncGenerator<T> {
  const client = await openTenantTransaction(tenantId, "BEGIN READ ONLY");
  try {
    yield* fn(client);
    await client.query("COMMIT");
  } finally {
    await client.end().catch(() => undefined);
  }
}
