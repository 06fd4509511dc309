import type { Role } from "@prisma/client";

/**
 * Who may do what: THE rule. The procedures' guards (`tenantProcedure(action)`,
 * `operatorProcedure(action)`, the HTTP routes' `enterTenant`), the pages' guards and the UI's
 * visibility all ask `can(role, action)`, so a control is shown exactly when the server would
 * accept its request.
 */
export const PERMISSIONS = {
  /** Drafts, the wizard's steps, contact imports, submission, the do-not-call list. */
  "campaigns.manage": ["CLIENT_OWNER", "CLIENT_MEMBER"],
  "audit.view": ["CLIENT_OWNER", "CLIENT_MEMBER"],
  "team.view": ["CLIENT_OWNER", "CLIENT_MEMBER"],
  /** Invite teammates and remove members (never oneself: see canRemoveMember). */
  "team.manage": ["CLIENT_OWNER"],
  /** The contact table of a campaign's list. */
  "contacts.view": ["CLIENT_OWNER", "CLIENT_MEMBER"],
  /** Whole phone numbers in the contact table; every other role sees them masked (decision 71). */
  "contacts.viewPhoneNumbers": ["CLIENT_OWNER"],
  /** The operator console's list of client organizations. */
  "tenants.view": ["OPERATOR_ADMIN", "SUPERVISOR", "BILLING_ADMIN"],
  /** Disable or enable any user's sign-in. */
  "users.disable": ["OPERATOR_ADMIN"],
  /** The review queue: read submissions, approve and reject; these roles are also emailed when one waits. */
  "campaigns.review": ["OPERATOR_ADMIN", "SUPERVISOR"],
  "ratePlans.manage": ["OPERATOR_ADMIN", "BILLING_ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

export function rolesFor(action: Action): readonly Role[] {
  return PERMISSIONS[action];
}

export function can(role: Role | null | undefined, action: Action): boolean {
  return role != null && (PERMISSIONS[action] as readonly Role[]).includes(role);
}

/**
 * Removing a team member: a team manager may remove anyone but themselves. So a team always keeps
 * at least one owner (the one acting), and the only owner never sees a Remove button on their row.
 */
export function canRemoveMember(actor: { userId: string; role: Role }, member: { userId: string }): boolean {
  return can(actor.role, "team.manage") && actor.userId !== member.userId;
}
