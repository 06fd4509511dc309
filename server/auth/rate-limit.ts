import "server-only";
import { AppError } from "../errors";
import { systemDb } from "../db/system-db";

/**
 * Fixed-window counter in Postgres, so every web instance shares it.
 * Throws TOO_MANY_REQUESTS once `limit` hits fall in the current window.
 */
export async function hitRateLimit(key: string, limit: number, windowSeconds: number): Promise<void> {
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(Date.now() / windowMs) * windowMs);
  const rows = await systemDb().$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitHit" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitHit"."count" + 1
    RETURNING "count"`;
  const count = rows[0]?.count ?? 0;
  if (count > limit) {
    const retryAfter = Math.ceil((windowStart.getTime() + windowMs - Date.now()) / 1000);
    throw new AppError("TOO_MANY_REQUESTS", `Too many attempts. Try again in ${retryAfter} s.`, { retryAfter });
  }
}

/** Sign-in attempts per client address, all accounts together; per account see sign-in-throttle.ts. */
export const SIGN_IN_LIMIT = { perIp: 30, windowSeconds: 300 } as const;
