import "server-only";
import { systemDb } from "../db/system-db";
import { userDb } from "../db/tenant-db";
import type { MembershipSummary } from "./roles";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  memberships: MembershipSummary[];
}

/** The live view of a user: null when the user is gone or disabled, so access ends at once. */
export async function loadSessionUser(userId: string): Promise<SessionUser | null> {
  const user = await systemDb().user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, disabledAt: true },
  });
  if (!user || user.disabledAt) return null;
  const memberships = await userDb(userId).tx((tx) =>
    tx.membership.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { tenantId: true, role: true, organization: { select: { name: true, kind: true } } },
    }),
  );
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    memberships: memberships.map((m) => ({
      tenantId: m.tenantId,
      role: m.role,
      orgName: m.organization.name,
      orgKind: m.organization.kind,
    })),
  };
}
