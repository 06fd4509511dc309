import "server-only";
import { randomBytes } from "node:crypto";
import { systemDb } from "../db/system-db";

/** A session lasts 8 hours from sign-in, however active (an absolute timeout). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** The signed-in session as the JWT names it: the user, and the Session row that must still exist. */
export interface SessionRef {
  userId: string;
  sessionId: string;
}

/**
 * A server-side session for a new sign-in; its id goes into the JWT. Every request checks that the
 * row still exists (server/auth/session-user.ts), so deleting it signs that browser out at once.
 * Decision 52.
 */
export async function startSession(userId: string): Promise<SessionRef> {
  const sessionId = randomBytes(32).toString("base64url");
  await systemDb().$transaction([
    systemDb().session.deleteMany({ where: { userId, expires: { lt: new Date() } } }),
    systemDb().session.create({
      data: { sessionToken: sessionId, userId, expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000) },
    }),
  ]);
  return { userId, sessionId };
}

/** Sign-out: this session only. */
export async function endSession(sessionId: string): Promise<void> {
  await systemDb().session.deleteMany({ where: { sessionToken: sessionId } });
}

/** "Sign out everywhere", and a password reset: every session of the user. */
export async function endAllSessions(userId: string): Promise<number> {
  const { count } = await systemDb().session.deleteMany({ where: { userId } });
  return count;
}
