import "server-only";
import type { TenantContext } from "../../trpc";

/** The latest audit entries with who did them: a member by name and email, else Callwright. */
export const listAuditHandler = ({ ctx }: { ctx: TenantContext }) =>
  ctx.db.tx(async (tx) => {
    const entries = await tx.auditLog.findMany({
      orderBy: { createdAt: "desc" },
      take: 100,
      select: {
        id: true,
        action: true,
        targetType: true,
        targetId: true,
        actorUserId: true,
        data: true,
        createdAt: true,
      },
    });
    const actorIds = [...new Set(entries.flatMap((e) => (e.actorUserId ? [e.actorUserId] : [])))];
    // RLS shows only this tenant's members; operator staff stay anonymous to the client.
    const users = await tx.user.findMany({
      where: { id: { in: actorIds } },
      select: { id: true, name: true, email: true },
    });
    const byId = new Map(users.map((u) => [u.id, u]));
    return entries.map((e) => {
      const user = e.actorUserId ? byId.get(e.actorUserId) : undefined;
      const actor = user
        ? { name: user.name ?? user.email, email: user.email }
        : {
            name: e.actorUserId === "system" || !e.actorUserId ? "Callwright (automated)" : "Callwright staff",
            email: null,
          };
      return { ...e, actor };
    });
  });
