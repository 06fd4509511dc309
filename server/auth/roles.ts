import "server-only";
import type { OrgKind, Role } from "@prisma/client";

export const CLIENT_ROLES = ["CLIENT_OWNER", "CLIENT_MEMBER"] as const satisfies readonly Role[];
export const OPERATOR_STAFF_ROLES = [
  "OPERATOR_ADMIN",
  "SUPERVISOR",
  "BILLING_ADMIN",
] as const satisfies readonly Role[];
export const AGENT_ROLES = ["AGENT"] as const satisfies readonly Role[];

export type Area = "portal" | "operator" | "agent";

export function areaOf(role: Role): Area {
  if ((CLIENT_ROLES as readonly Role[]).includes(role)) return "portal";
  if ((AGENT_ROLES as readonly Role[]).includes(role)) return "agent";
  return "operator";
}

export const ROLE_ORG_KIND: Record<Role, OrgKind> = {
  CLIENT_OWNER: "CLIENT",
  CLIENT_MEMBER: "CLIENT",
  AGENT: "OPERATOR",
  SUPERVISOR: "OPERATOR",
  OPERATOR_ADMIN: "OPERATOR",
  BILLING_ADMIN: "OPERATOR",
};

export interface MembershipSummary {
  tenantId: string;
  orgName: string;
  orgKind: OrgKind;
  role: Role;
}

/** Where a user lands after sign-in: their first membership's area. */
export function homePath(memberships: MembershipSummary[]): string {
  const first = memberships[0];
  if (!first) return "/no-access";
  const area = areaOf(first.role);
  return area === "portal" ? `/portal/${first.tenantId}` : `/${area}`;
}
