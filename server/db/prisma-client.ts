import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { env } from "../env";

// One client per connection string per process (Next dev reloads modules; keep pools on globalThis).
// Each holds a pool of DATABASE_POOL_SIZE connections: every tenant call holds one for its whole
// interactive transaction, so the pool bounds how many requests are in the database at once.
const globalClients = globalThis as unknown as { __callwrightPrisma?: Map<string, PrismaClient> };

export function prismaFor(connectionString: string): PrismaClient {
  globalClients.__callwrightPrisma ??= new Map();
  let client = globalClients.__callwrightPrisma.get(connectionString);
  if (!client) {
    client = new PrismaClient({ adapter: new PrismaPg({ connectionString, max: env().DATABASE_POOL_SIZE }) });
    globalClients.__callwrightPrisma.set(connectionString, client);
  }
  return client;
}

/**
 * How long a transaction waits for a free connection before failing. Prisma's default (2 s) turned a
 * burst of 50 users into 500s while the pool was busy; a burst should queue, a stuck pool still fail.
 */
export const CONNECTION_WAIT_MS = 10_000;

export type { PrismaClient };
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
