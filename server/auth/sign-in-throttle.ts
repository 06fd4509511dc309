import "server-only";
import { systemDb } from "../db/system-db";

/**
 * Failed sign-ins are throttled per account AND address (OWASP Authentication Cheat Sheet: lockout
 * by account alone lets anyone lock anyone out). Each attempt counts as a failure until it
 * succeeds, so parallel guesses cannot slip through before the count goes up; after FREE_ATTEMPTS
 * the next attempt waits 1 s, then 2 s, 4 s, … up to MAX_DELAY_MS. The real user at another
 * address is never slowed. Decision 51.
 */
export const SIGN_IN_THROTTLE = {
  freeAttempts: 3,
  maxDelayMs: 15 * 60_000,
  /** A pair quiet for this long starts over. */
  forgetAfterMs: 60 * 60_000,
} as const;

export interface ThrottleState {
  failures: number;
  lockedUntil: Date;
}

/** The delay after the n-th unsuccessful attempt: none for the first few, then doubling from 1 s. */
export function delayAfterFailures(failures: number): number {
  if (failures <= SIGN_IN_THROTTLE.freeAttempts) return 0;
  return Math.min(1000 * 2 ** (failures - SIGN_IN_THROTTLE.freeAttempts - 1), SIGN_IN_THROTTLE.maxDelayMs);
}

/** Pure rule: refuse while the pair waits out its delay, otherwise count this attempt as a failure. */
export function nextThrottleState(
  current: ThrottleState | null,
  now: Date,
): { allowed: true; next: ThrottleState } | { allowed: false; retryAfterSeconds: number } {
  if (current && current.lockedUntil > now) {
    return { allowed: false, retryAfterSeconds: Math.ceil((current.lockedUntil.getTime() - now.getTime()) / 1000) };
  }
  const stale = !current || now.getTime() - current.lockedUntil.getTime() > SIGN_IN_THROTTLE.forgetAfterMs;
  const failures = (stale ? 0 : current.failures) + 1;
  return { allowed: true, next: { failures, lockedUntil: new Date(now.getTime() + delayAfterFailures(failures)) } };
}

const keyOf = (email: string, ip: string) => `${email.toLowerCase()}|${ip}`;

/** Called before the password is checked. Refused attempts do not count again. */
export async function beginSignInAttempt(
  email: string,
  ip: string,
): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
  const key = keyOf(email, ip);
  return systemDb().$transaction(async (tx) => {
    // The row lock serializes concurrent attempts of the same pair.
    await tx.$executeRaw`INSERT INTO "SignInThrottle" ("key", "failures", "lockedUntil") VALUES (${key}, 0, to_timestamp(0)) ON CONFLICT DO NOTHING`;
    const [row] = await tx.$queryRaw<ThrottleState[]>`
      SELECT "failures", "lockedUntil" FROM "SignInThrottle" WHERE "key" = ${key} FOR UPDATE`;
    const decision = nextThrottleState(row && row.failures > 0 ? row : null, new Date());
    if (!decision.allowed) return decision;
    await tx.signInThrottle.update({ where: { key }, data: decision.next });
    return { allowed: true } as const;
  });
}

/** The right password from this address: the pair starts over. */
export async function signInSucceeded(email: string, ip: string): Promise<void> {
  await systemDb().signInThrottle.deleteMany({ where: { key: keyOf(email, ip) } });
}
