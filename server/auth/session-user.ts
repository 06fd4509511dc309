import "server-only";
import type { OrgKind, Role } from "@prisma/client";
import { userDb } from "../db/tenant-db";
import type { MembershipSummary } from "./roles";
import type { SessionRef } from "./sessions";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  memberships: MembershipSummary[];
}

interface Row {
  id: string;
  email: string;
  name: string | null;
  disabledAt: Date | null;
  tenantId: string | null;
  role: Role | null;
  orgName: string | null;
  orgKind: OrgKind | null;
}

/**
 * The live view of a user: null when the user is gone or disabled, or the session was signed out
 * (its Session row deleted or expired), so access ends at once. Every tRPC call and protected
 * layout runs this, so it is one statement in one transaction as the app role (the policies let a
 * user read their own row, sessions, memberships and organizations).
 */
export async function loadSessionUser({ userId, sessionId }: SessionRef): Promise<SessionUser | null> {
  const rows = await userDb(userId).tx(
    (tx) => tx.$queryRaw<Row[]>`
      SELECT u."id", u."email", u."name", u."disabledAt", m."tenantId", m."role", o."name" AS "orgName", o."kind" AS "orgKind"
      FROM "User" u
      JOIN "Session" s ON s."userId" = u."id" AND s."sessionToken" = ${sessionId} AND s."expires" > now()
      LEFT JOIN "Membership" m ON m."userId" = u."id"
      LEFT JOIN "Organization" o ON o."id" = m."tenantId"
      WHERE u."id" = ${userId}
      ORDER BY m."createdAt" ASC, m."id" ASC`,
  );
  const user = rows[0];
  if (!user || user.disabledAt) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    memberships: rows.flatMap((r) =>
      r.tenantId && r.role && r.orgName && r.orgKind
        ? [{ tenantId: r.tenantId, role: r.role, orgName: r.orgName, orgKind: r.orgKind }]
        : [],
    ),
  };
}
