import { describe, expect, it } from "vitest";
import { env } from "../env";
import { tenantDb } from "./tenant-db";

// The pool bounds how many requests are in the database at once; a burst above it must wait for a
// connection, not fail (Prisma's default 2 s wait turned 50 concurrent portal users into 500s).
describe("tenantDb under a burst", () => {
  it("queues four times the pool's worth of transactions and completes them all", async () => {
    const pool = env().DATABASE_POOL_SIZE;
    const db = tenantDb("pool_burst_tenant");
    const started = performance.now();
    const results = await Promise.allSettled(
      Array.from({ length: pool * 4 }, () => db.tx((tx) => tx.$executeRaw`SELECT pg_sleep(0.8)`)),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    // Four waves of 0.8 s: the last one waited 2.4 s or more for its connection (Prisma's default gives up at 2 s).
    expect(performance.now() - started).toBeGreaterThan(3_000);
  });
});
