import pg from "pg";
import { startEmbeddedServer } from "./pg-server";

export interface Database {
  /** Owner connection: migrations, seed, auth identity tables, the audited operator route. */
  ownerUrl: string;
  /** callwright_app: the role every tenant query runs as; RLS applies to it. */
  appUrl: string;
  stop: () => Promise<void>;
}

const APP_ROLE_PASSWORD = "callwright-dev";

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function urlFor(base: string, database: string, user?: string, password?: string): string {
  const u = new URL(base);
  u.pathname = `/${database}`;
  if (user) u.username = user;
  if (password !== undefined) u.password = password;
  return u.toString();
}

// Memory settings of a small production server instead of PostgreSQL's 128 MB defaults: a contact
// import writes ~1 GB of heap, index and WAL per million rows (docs/contact-import.md).
const POSTGRES_FLAGS = [
  "-c",
  "listen_addresses=127.0.0.1",
  "-c",
  "unix_socket_directories=",
  "-c",
  "max_connections=200",
  "-c",
  "shared_buffers=512MB",
  "-c",
  "wal_buffers=32MB",
  "-c",
  "max_wal_size=4GB",
];

/**
 * Uses DATABASE_URL when set; otherwise embedded PostgreSQL with its data under .data/<name> (as root in a
 * private folder: under /var/lib/callwright, see pg-server.ts).
 * Makes sure the database exists and the app role can log in. `fresh` drops and recreates the
 * embedded database first (tests: every run starts from migrations); an external DATABASE_URL is never dropped.
 */
export async function ensureDatabase(opts: {
  name: string;
  port: number;
  database: string;
  log: (l: string) => void;
  fresh?: boolean;
}): Promise<Database> {
  const external = process.env.DATABASE_URL;
  let stop = async () => undefined as void;
  let serverUrl: string;
  if (external) {
    serverUrl = external;
  } else {
    serverUrl = `postgresql://postgres:postgres@127.0.0.1:${opts.port}/postgres`;
    if (!(await canConnect(serverUrl))) {
      const server = await startEmbeddedServer(
        { name: opts.name, port: opts.port, password: "postgres", disposable: Boolean(opts.fresh), log: opts.log },
        POSTGRES_FLAGS,
      );
      stop = server.stop;
    } else {
      opts.log(`reusing PostgreSQL already listening on ${opts.port}`);
    }
  }
  const ownerUrl = external ?? urlFor(serverUrl, opts.database);
  if (!external) {
    await withClient(serverUrl, async (c) => {
      if (opts.fresh) {
        opts.log(`recreating database ${opts.database}`);
        await c.query(`DROP DATABASE IF EXISTS "${opts.database}" WITH (FORCE)`);
      }
      const exists = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [opts.database]);
      if (exists.rowCount === 0) await c.query(`CREATE DATABASE "${opts.database}"`);
    });
  }
  // The role is created NOLOGIN by the RLS migration; for local stacks we give it a login here.
  if (!process.env.APP_DATABASE_URL)
    await withClient(ownerUrl, async (c) => {
      await c.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'callwright_app') THEN CREATE ROLE callwright_app NOLOGIN NOBYPASSRLS; END IF;
    END $$;`);
      await c.query(`ALTER ROLE callwright_app LOGIN PASSWORD '${APP_ROLE_PASSWORD}'`);
    });
  const appUrl =
    process.env.APP_DATABASE_URL ??
    urlFor(ownerUrl, new URL(ownerUrl).pathname.slice(1), "callwright_app", APP_ROLE_PASSWORD);
  return { ownerUrl, appUrl, stop };
}
