import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { areaOf, homePath, type Area } from "./roles";
import { authOptions } from "./options";
import { loadSessionUser, type SessionUser } from "./session-user";

export async function currentUserId(): Promise<string | null> {
  const session = await getServerSession(authOptions());
  return (session as { userId?: string } | null)?.userId ?? null;
}

/** Live user for server components: a disabled or deleted user counts as signed out. */
export async function currentUser(): Promise<SessionUser | null> {
  const id = await currentUserId();
  return id ? loadSessionUser(id) : null;
}

/** Guards an area: signed out → sign-in; wrong role → their own home with a notice. */
export async function requireArea(area: Area, tenantId?: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/signin");
  const allowed = user.memberships.some((m) => areaOf(m.role) === area && (!tenantId || m.tenantId === tenantId));
  if (!allowed) redirect(`${homePath(user.memberships)}?denied=${area}`);
  return user;
}
