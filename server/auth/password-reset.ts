import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { sendEmail } from "../adapters/email/send-email";
import { systemDb } from "../db/system-db";
import { env } from "../env";
import { AppError } from "../errors";
import { logger } from "../logger";
import { hashPassword } from "./password";
import { assertPasswordNotGuessable } from "./password-policy";
import { hitRateLimit } from "./rate-limit";
import { endAllSessions } from "./sessions";

// Reset tokens live in VerificationToken beside next-auth's magic links, under their own identifier
// (`password-reset:<userId>`), so one can never be used as the other. Stored as a SHA-256 hash,
// single use, 30 minutes. Decision 56.
const RESET_TTL_MS = 30 * 60_000;
const IDENTIFIER_PREFIX = "password-reset:";
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Same answer whether or not the address has an account; only an enabled account gets the email. */
export async function requestPasswordReset(emailInput: string, ip: string): Promise<void> {
  const email = emailInput.toLowerCase();
  await hitRateLimit(`reset:ip:${ip}`, 10, 3600);
  await hitRateLimit(`reset:email:${email}`, 3, 3600);
  const user = await systemDb().user.findUnique({ where: { email }, select: { id: true, disabledAt: true } });
  if (!user || user.disabledAt) {
    logger.info({ email }, "password reset for no enabled account");
    return;
  }
  const token = randomBytes(32).toString("base64url");
  await systemDb().verificationToken.create({
    data: {
      identifier: `${IDENTIFIER_PREFIX}${user.id}`,
      token: hashToken(token),
      expires: new Date(Date.now() + RESET_TTL_MS),
    },
  });
  await sendEmail({
    to: email,
    template: {
      name: "password-reset",
      props: { url: `${env().APP_URL}/signin/reset?token=${encodeURIComponent(token)}` },
    },
  });
}

const expired = () => new AppError("NOT_FOUND", "This reset link has expired or was already used. Ask for a new one.");

/** Sets the new password, uses the token up (and any other reset link), and ends every session. */
export async function resetPassword(token: string, password: string): Promise<{ email: string }> {
  const tokenHash = hashToken(token);
  const found = await systemDb().verificationToken.findUnique({ where: { token: tokenHash } });
  const userId =
    found?.identifier.startsWith(IDENTIFIER_PREFIX) && found.expires > new Date()
      ? found.identifier.slice(IDENTIFIER_PREFIX.length)
      : undefined;
  const user = userId ? await systemDb().user.findUnique({ where: { id: userId } }) : null;
  if (!user || user.disabledAt) throw expired();
  // A refused password keeps the link usable for a second try.
  assertPasswordNotGuessable(password, user.email);
  const passwordHash = await hashPassword(password);
  // Claimed by deleting it: of two resets racing with one link, one wins.
  const claimed = await systemDb().verificationToken.deleteMany({ where: { token: tokenHash } });
  if (claimed.count !== 1) throw expired();
  await systemDb().$transaction([
    systemDb().user.update({ where: { id: user.id }, data: { passwordHash } }),
    systemDb().verificationToken.deleteMany({ where: { identifier: `${IDENTIFIER_PREFIX}${user.id}` } }),
  ]);
  await endAllSessions(user.id);
  logger.info({ userId: user.id }, "password reset");
  return { email: user.email };
}
