import "server-only";
import type { Role } from "@prisma/client";
import { AppError } from "../errors";
import type { MembershipSummary } from "./roles";
import type { SessionUser } from "./session-user";

/**
 * The tenant gate's membership check, shared by tRPC (server/api/trpc.ts) and the plain HTTP
 * endpoints: a tenant the user is not in answers NOT_FOUND, a role that may not act FORBIDDEN.
 */
export function requireMembership(user: SessionUser, orgId: string, roles: readonly Role[]): MembershipSummary {
  const membership = user.memberships.find((m) => m.tenantId === orgId);
  if (!membership) throw new AppError("NOT_FOUND", "Organization not found");
  if (!roles.includes(membership.role)) throw new AppError("FORBIDDEN", "Your role cannot do this.");
  return membership;
}
