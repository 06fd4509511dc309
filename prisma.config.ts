import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { PrismaConfig } from "prisma";

// Offline recipe: the WebAssembly schema engine through the pg driver adapter (docs/database.md).
// Without DATABASE_URL: the dev stack's embedded server (scripts/lib/stack.ts), so `npx prisma migrate dev`
// works next to `npm run dev`, CALLWRIGHT_PORT_OFFSET included.
const devPort = 54320 + Number(process.env.CALLWRIGHT_PORT_OFFSET ?? 0);
const connectionString = process.env.DATABASE_URL ?? `postgresql://postgres:postgres@127.0.0.1:${devPort}/callwright`;
// schema.prisma's `env("DATABASE_URL")` must resolve too: when it does not, the CLI falls back to
// downloading a native query engine, which fails offline.
process.env.DATABASE_URL = connectionString;

/**
 * `migrate dev` and `migrate diff --from-migrations` replay the migrations into a shadow database,
 * which the schema engine asks the adapter for. PrismaPg's own shadow database ends up being the
 * main one (its connection string wins over the database name it sets) and could not be dropped
 * afterwards, so the shadow here is `<db>_shadow` on the same server, recreated empty on every use.
 */
class PrismaPgWithShadow extends PrismaPg {
  override async connectToShadowDb() {
    const main = new URL(connectionString);
    const shadow = new URL(connectionString);
    shadow.pathname = `${main.pathname}_shadow`;
    const name = decodeURIComponent(shadow.pathname.slice(1));
    const admin = new pg.Client({ connectionString });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
    } finally {
      await admin.end();
    }
    return new PrismaPg({ connectionString: shadow.toString() }).connect();
  }
}

export default {
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: {
    path: path.join("prisma", "migrations"),
    seed: "tsx --import ./scripts/lib/server-entry.mjs prisma/seed.ts",
  },
  adapter: async () => new PrismaPgWithShadow({ connectionString }),
} satisfies PrismaConfig;
