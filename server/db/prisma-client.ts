import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";

// One client per connection string per process (Next dev reloads modules; keep pools on globalThis).
const globalClients = globalThis as unknown as { __callwrightPrisma?: Map<string, PrismaClient> };

export function prismaFor(connectionString: string): PrismaClient {
  globalClients.__callwrightPrisma ??= new Map();
  let client = globalClients.__callwrightPrisma.get(connectionString);
  if (!client) {
    client = new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
    globalClients.__callwrightPrisma.set(connectionString, client);
  }
  return client;
}

export type { PrismaClient };
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
