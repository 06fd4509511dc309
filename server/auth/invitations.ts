import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { systemDb } from "../db/system-db";
import { tenantDb } from "../db/tenant-db";
import { recordAudit } from "../domain/audit/record-audit";
import { AppError } from "../errors";
import { newPasswordSchema } from "../shared/auth/password-rule";
import { hashPassword, verifyPassword } from "./password";
import { assertPasswordNotGuessable } from "./password-policy";

const INVITE_TTL_MS = 7 * 24 * 3600 * 1000;
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The emailed token names its tenant, so accepting needs no cross-tenant lookup: `<orgId>.<secret>`. */
export function newInvitationToken(orgId: string) {
  const token = `${orgId}.${randomBytes(24).toString("base64url")}`;
  return { token, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + INVITE_TTL_MS) };
}

function parseToken(token: string) {
  const [orgId, secret] = token.split(".");
  if (!orgId || !secret) throw new AppError("NOT_FOUND", "This invitation link is not valid.");
  return orgId;
}

async function findOpenInvitation(token: string) {
  const orgId = parseToken(token);
  const invitation = await tenantDb(orgId).tx((tx) =>
    tx.invitation.findUnique({
      where: { tokenHash: hashToken(token) },
      include: { organization: { select: { name: true } } },
    }),
  );
  if (!invitation || invitation.acceptedAt || invitation.expiresAt < new Date()) {
    throw new AppError("NOT_FOUND", "This invitation is no longer valid. Ask for a new one.");
  }
  return invitation;
}

export async function previewInvitation(token: string) {
  const inv = await findOpenInvitation(token);
  const existing = await systemDb().user.findUnique({ where: { email: inv.email }, select: { id: true } });
  return { email: inv.email, orgName: inv.organization.name, role: inv.role, hasAccount: Boolean(existing) };
}

/** Accepting creates the account (or uses the existing one) and the membership. */
export async function acceptInvitation(input: { token: string; name: string; password: string }) {
  const inv = await findOpenInvitation(input.token);
  let user = await systemDb().user.findUnique({ where: { email: inv.email } });
  if (user?.disabledAt) throw new AppError("FORBIDDEN", "This account is disabled.");
  if (user && !(await verifyPassword(user.passwordHash, input.password))) {
    throw new AppError("UNAUTHORIZED", "Enter the password of your existing Callwright account.");
  }
  if (!user) {
    const rule = newPasswordSchema.safeParse(input.password);
    if (!rule.success) throw new AppError("BAD_REQUEST", rule.error.issues[0]!.message, { field: "password" });
    assertPasswordNotGuessable(input.password, inv.email);
    user = await systemDb().user.create({
      data: {
        email: inv.email,
        name: input.name,
        passwordHash: await hashPassword(input.password),
        emailVerified: new Date(),
      },
    });
  }
  const userId = user.id;
  await tenantDb(inv.tenantId, userId).tx(async (tx) => {
    const claimed = await tx.invitation.updateMany({
      where: { id: inv.id, acceptedAt: null },
      data: { acceptedAt: new Date() },
    });
    if (claimed.count !== 1) throw new AppError("CONFLICT", "This invitation was already used.");
    await tx.membership.upsert({
      where: { tenantId_userId: { tenantId: inv.tenantId, userId } },
      create: { tenantId: inv.tenantId, userId, role: inv.role },
      update: {},
    });
    await recordAudit(tx, {
      tenantId: inv.tenantId,
      actorUserId: userId,
      action: "invitation.accepted",
      targetType: "Invitation",
      targetId: inv.id,
    });
  });
  return { email: inv.email, orgId: inv.tenantId };
}
