import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import type { PrismaConfig } from "prisma";

// Offline recipe: the WebAssembly schema engine through the pg driver adapter (docs/environment.md).
const connectionString = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:54320/callwright";

export default {
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: {
    path: path.join("prisma", "migrations"),
    seed: "tsx --import ./scripts/lib/server-entry.mjs prisma/seed.ts",
  },
  adapter: async () => new PrismaPg({ connectionString }),
} satisfies PrismaConfig;
