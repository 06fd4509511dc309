import "server-only";
import { getServerSession, type NextAuthOptions } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { can, type Action } from "../shared/auth/permissions";
import { areaOf, homePath, type Area } from "./roles";
import { authOptions } from "./options";
import { loadSessionUser, type SessionUser } from "./session-user";
import type { SessionRef } from "./sessions";

/** The session the request's JWT names (not yet checked against the database). */
export async function currentSession(): Promise<SessionRef | null> {
  const session = await getServerSession<NextAuthOptions, Partial<SessionRef>>(authOptions());
  return session?.userId && session.sessionId ? { userId: session.userId, sessionId: session.sessionId } : null;
}

/**
 * Live user for server components: a disabled or deleted user, or a signed-out session, counts as
 * signed out. Cached per request, so a layout and its page that both guard read the user once.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await currentSession();
  return session ? loadSessionUser(session) : null;
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
