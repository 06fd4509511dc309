import "server-only";
import type { Prisma } from "@prisma/client";
import type { Tx } from "../../db/tenant-db";

export interface AuditEntry {
  tenantId: string;
  actorUserId: string | null;
  action: string;
  targetType: string;
  targetId?: string;
  data?: Prisma.InputJsonValue;
  requestId?: string;
}

/** Written in the same transaction as the change it describes, so neither exists without the other. */
export function recordAudit(tx: Tx, entry: AuditEntry) {
  return tx.auditLog.create({ data: { ...entry, data: entry.data ?? {} } });
}
