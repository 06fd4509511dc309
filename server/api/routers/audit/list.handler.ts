import type { TenantContext } from "../../trpc";

export const listAuditHandler = ({ ctx }: { ctx: TenantContext }) =>
  ctx.db.tx((tx) =>
    tx.auditLog.findMany({ orderBy: { createdAt: "desc" }, take: 100, select: { id: true, action: true, targetType: true, targetId: true, actorUserId: true, data: true, createdAt: true } }),
  );
