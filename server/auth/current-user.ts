import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { can, type Action } from "../shared/auth/permissions";
import { areaOf, homePath, type Area } from "./roles";
import { authOptions } from "./options";
import { loadSessionUser, type SessionUser } from "./session-user";

export async function currentUserId(): Promise<string | null> {
  const session = await getServerSession(authOptions());
  return (session as { userId?: string } | null)?.userId ?? null;
}

/**
 * Live user for server components: a disabled or deleted user counts as signed out. Cached per
 * request, so a layout and its page that both guard read the user once.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const id = await currentUserId();
  return id ? loadSessionUser(id) : null;
});

/** Guards an area: signed out → sign-in; wrong role → their own home with a notice. */
export async function requireArea(area: Area, tenantId?: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/signin");
  const allowed = user.memberships.some((m) => areaOf(m.role) === area && (!tenantId || m.tenantId === tenantId));
  if (!allowed) redirect(`${homePath(user.memberships)}?denied=${area}`);
  return user;
}

/**
 * Guards an operator console page by the permission rule the page's procedures use: a role that may
 * not do `action` goes back to the console's home with a notice, instead of seeing a form it
 * cannot submit. Returns the user and their operator membership.
 */
export async function requireOperatorPermission(action: Action) {
  const user = await requireArea("operator");
  const membership = user.memberships.find((m) => m.orgKind === "OPERATOR" && can(m.role, action));
  if (!membership) redirect(`/operator?denied=${action}`);
  return { user, membership };
}
