import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { sendEmail } from "../adapters/email/send-email";
import { systemDb } from "../db/system-db";
import { tenantDb } from "../db/tenant-db";
import { recordAudit } from "../domain/audit/record-audit";
import { env } from "../env";
import { AppError } from "../errors";
import { hashPassword } from "./password";
import { assertPasswordNotGuessable } from "./password-policy";
import { hitRateLimit } from "./rate-limit";

export interface SignUpInput {
  companyName: string;
  name: string;
  email: string;
  password: string;
}

const CONFIRM_TTL_MS = 24 * 3600 * 1000;
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function slugify(name: string): string {
  // NFKD splits "ü" into "u" + a combining mark; drop the marks so it reads "muller", not "mu-ller".
  const ascii = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "");
  return (
    ascii
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+/, "")
      .slice(0, 40)
      .replace(/-+$/, "") || "org"
  );
}

/**
 * Sign-up answers the same for a new and a taken address (decision 53): a new address gets a link
 * that creates the account; the owner of a taken one gets a notice with sign-in and reset links.
 * Both paths hash the password and send one email, so timing does not tell them apart either.
 */
export async function requestSignUp(input: SignUpInput, ip: string): Promise<void> {
  await hitRateLimit(`signup:ip:${ip}`, 10, 3600);
  const email = input.email.toLowerCase();
  assertPasswordNotGuessable(input.password, email);
  // Also bounds the emails one address can be sent through this form.
  await hitRateLimit(`signup:email:${email}`, 3, 3600);
  const passwordHash = await hashPassword(input.password);
  const existing = await systemDb().user.findUnique({ where: { email }, select: { id: true } });
  if (existing) {
    await sendEmail({
      to: email,
      template: {
        name: "sign-up-attempt",
        props: { signInUrl: `${env().APP_URL}/signin`, resetUrl: `${env().APP_URL}/signin/forgot` },
      },
    });
    return;
  }
  const token = randomBytes(32).toString("base64url");
  await systemDb().pendingSignUp.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  await systemDb().pendingSignUp.create({
    data: {
      tokenHash: hashToken(token),
      email,
      name: input.name,
      companyName: input.companyName,
      passwordHash,
      expiresAt: new Date(Date.now() + CONFIRM_TTL_MS),
    },
  });
  await sendEmail({
    to: email,
    template: {
      name: "confirm-sign-up",
      props: {
        name: input.name,
        companyName: input.companyName,
        url: `${env().APP_URL}/signup/confirm?token=${encodeURIComponent(token)}`,
      },
    },
  });
}

/** The emailed link: creates the account and its organization, once. */
export async function confirmSignUp(token: string): Promise<{ email: string }> {
  const rows = await systemDb().$queryRaw<
    { email: string; name: string; companyName: string; passwordHash: string }[]
  >`DELETE FROM "PendingSignUp" WHERE "tokenHash" = ${hashToken(token)} AND "expiresAt" > now()
    RETURNING "email", "name", "companyName", "passwordHash"`;
  const pending = rows[0];
  if (!pending) {
    throw new AppError("NOT_FOUND", "This confirmation link has expired or was already used. Sign up again.");
  }
  // Two pending sign-ups for one address: the first confirmed wins; the later link just signs in.
  const taken = await systemDb().user.findUnique({ where: { email: pending.email }, select: { id: true } });
  if (!taken) await createClientAccount(pending);
  return { email: pending.email };
}

/** A client company's organization and its owner (email confirmed), or nothing at all. */
export async function createClientAccount(input: {
  companyName: string;
  name: string;
  email: string;
  passwordHash: string;
}): Promise<{ userId: string; orgId: string }> {
  const slug = `${slugify(input.companyName)}-${Math.random().toString(36).slice(2, 7)}`;
  const user = await systemDb().user.create({
    data: { email: input.email, name: input.name, passwordHash: input.passwordHash, emailVerified: new Date() },
  });
  const orgId = crypto.randomUUID().replaceAll("-", "").slice(0, 25);
  try {
    await tenantDb(orgId, user.id).tx(async (tx) => {
      await tx.organization.create({ data: { id: orgId, kind: "CLIENT", name: input.companyName, slug } });
      await tx.membership.create({ data: { tenantId: orgId, userId: user.id, role: "CLIENT_OWNER" } });
      await recordAudit(tx, {
        tenantId: orgId,
        actorUserId: user.id,
        action: "organization.created",
        targetType: "Organization",
        targetId: orgId,
      });
    });
  } catch (error) {
    // Identity lives outside the tenant transaction; undo it so a retry can succeed.
    await systemDb()
      .user.delete({ where: { id: user.id } })
      .catch(() => undefined);
    throw error;
  }
  return { userId: user.id, orgId };
}
