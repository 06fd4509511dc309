import "server-only";
import type { Prisma } from "@prisma/client";
import { env } from "../env";
import { CONNECTION_WAIT_MS, prismaFor, type Tx } from "./prisma-client";

export type { Tx };

/**
 * The tenant-scoped database: every call runs in one transaction with app.tenant_id set, as the
 * callwright_app role, so row-level security limits it to the tenant's rows.
 */
export interface TenantDb {
  readonly tenantId: string;
  tx<T>(
    fn: (tx: Tx) => Promise<T>,
    opts?: { timeout?: number; isolationLevel?: Prisma.TransactionIsolationLevel },
  ): Promise<T>;
}

const appClient = () => prismaFor(env().APP_DATABASE_URL);

export function tenantDb(tenantId: string, actorUserId?: string): TenantDb {
  return {
    tenantId,
    tx: (fn, opts) =>
      appClient().$transaction(
        async (tx) => {
          await tx.$executeRaw`SELECT set_config('app.tenant_id', ${tenantId}, true), set_config('app.user_id', ${actorUserId ?? ""}, true)`;
          return fn(tx);
        },
        { timeout: opts?.timeout ?? 15_000, maxWait: CONNECTION_WAIT_MS, isolationLevel: opts?.isolationLevel },
      ),
  };
}

/** A signed-in user's own view across tenants: their memberships and organizations only. */
export function userDb(userId: string) {
  return {
    tx: <T>(fn: (tx: Tx) => Promise<T>) =>
      appClient().$transaction(
        async (tx) => {
          await tx.$executeRaw`SELECT set_config('app.user_id', ${userId}, true)`;
          return fn(tx);
        },
        { maxWait: CONNECTION_WAIT_MS },
      ),
  };
}
