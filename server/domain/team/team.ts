import "server-only";
import type { Role } from "@prisma/client";
import { newInvitationToken } from "../../auth/invitations";
import { sendEmail } from "../../adapters/email/send-email";
import type { TenantDb } from "../../db/tenant-db";
import { env } from "../../env";
import { AppError, notFound } from "../../errors";
import { canRemoveMember } from "../../shared/auth/permissions";
import { recordAudit } from "../audit/record-audit";

/** The team, and who is looking: the page shows each member's controls by the same rule the server keeps. */
export async function listTeam(db: TenantDb, viewer: { userId: string; role: Role }) {
  return db.tx(async (tx) => {
    const members = await tx.membership.findMany({
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        role: true,
        createdAt: true,
        user: { select: { id: true, email: true, name: true, disabledAt: true } },
      },
    });
    const invitations = await tx.invitation.findMany({
      where: { acceptedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, role: true, expiresAt: true },
    });
    return { members, invitations, viewer };
  });
}

export async function inviteTeammate(
  db: TenantDb,
  actor: { userId: string; name: string },
  input: { email: string; role: Role },
) {
  const email = input.email.toLowerCase();
  const { token, tokenHash, expiresAt } = newInvitationToken(db.tenantId);
  const orgName = await db.tx(async (tx) => {
    const already = await tx.membership.findFirst({ where: { user: { email } } });
    if (already) throw new AppError("CONFLICT", `${email} is already a member.`);
    await tx.invitation.deleteMany({ where: { email, acceptedAt: null } });
    const invitation = await tx.invitation.create({
      data: { tenantId: db.tenantId, email, role: input.role, tokenHash, invitedById: actor.userId, expiresAt },
    });
    await recordAudit(tx, {
      tenantId: db.tenantId,
      actorUserId: actor.userId,
      action: "invitation.sent",
      targetType: "Invitation",
      targetId: invitation.id,
      data: { email, role: input.role },
    });
    const org = await tx.organization.findUniqueOrThrow({ where: { id: db.tenantId }, select: { name: true } });
    return org.name;
  });
  await sendEmail({
    to: email,
    template: {
      name: "invitation",
      props: {
        orgName,
        inviterName: actor.name,
        role: input.role === "CLIENT_OWNER" ? "an owner" : "a member",
        url: `${env().APP_URL}/invite/${encodeURIComponent(token)}`,
      },
    },
  });
  return { email, expiresAt };
}

export async function removeMember(db: TenantDb, actor: { userId: string; role: Role }, membershipId: string) {
  return db.tx(async (tx) => {
    const membership = await tx.membership.findUnique({ where: { id: membershipId } });
    if (!membership) throw notFound("Member");
    if (!canRemoveMember(actor, membership)) throw new AppError("PRECONDITION_FAILED", "You cannot remove yourself.");
    await tx.membership.delete({ where: { id: membershipId } });
    await recordAudit(tx, {
      tenantId: db.tenantId,
      actorUserId: actor.userId,
      action: "member.removed",
      targetType: "Membership",
      targetId: membershipId,
      data: { userId: membership.userId },
    });
    return { removed: true };
  });
}
