import "server-only";
import { logger } from "../logger";
import { systemDb } from "./system-db";
import { CONNECTION_WAIT_MS, type Tx } from "./prisma-client";

/**
 * The one route across tenants, for operator staff. It switches to the callwright_operator role
 * for a single transaction and writes an audit row in every tenant it touches.
 */
export async function withOperatorScope<T>(
  actor: { userId: string; operatorTenantId: string },
  reason: string,
  fn: (
    tx: Tx,
    audit: (tenantId: string, action: string, targetType: string, targetId?: string) => Promise<void>,
  ) => Promise<T>,
): Promise<T> {
  return systemDb().$transaction(
    async (tx) => {
      await tx.$executeRaw`SET LOCAL ROLE callwright_operator`;
      await tx.$executeRaw`SELECT set_config('app.user_id', ${actor.userId}, true)`;
      logger.info({ userId: actor.userId, reason }, "operator scope");
      const audit = async (tenantId: string, action: string, targetType: string, targetId?: string) => {
        await tx.auditLog.create({
          data: {
            tenantId,
            actorUserId: actor.userId,
            action,
            targetType,
            targetId,
            data: { reason, via: "operator-scope" },
          },
        });
      };
      await audit(actor.operatorTenantId, "operator.scope", "Operator", actor.userId);
      return fn(tx, audit);
    },
    { maxWait: CONNECTION_WAIT_MS },
  );
}

/**
 * The route across tenants for the system's own jobs, which have no user to act for (the lifecycle
 * reconciler). The same callwright_operator role, but the transaction is READ ONLY: a job only finds
 * its work here, then acts through tenantDb(tenantId) and audits in the tenant it acts on. Every use
 * is logged with its job and reason.
 */
export async function withSystemReadScope<T>(job: string, reason: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return systemDb().$transaction(
    async (tx) => {
      await tx.$executeRaw`SET TRANSACTION READ ONLY`;
      await tx.$executeRaw`SET LOCAL ROLE callwright_operator`;
      // Names the job as the acting "user", which no row matches; with no context at all RLS fails closed.
      await tx.$executeRaw`SELECT set_config('app.user_id', ${`system:${job}`}, true)`;
      logger.info({ job, reason }, "system read scope");
      return fn(tx);
    },
    { maxWait: CONNECTION_WAIT_MS },
  );
}
