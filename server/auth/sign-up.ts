import "server-only";
import { Prisma } from "@prisma/client";
import { systemDb } from "../db/system-db";
import { tenantDb } from "../db/tenant-db";
import { recordAudit } from "../domain/audit/record-audit";
import { AppError } from "../errors";
import { hashPassword } from "./password";
import { hitRateLimit } from "./rate-limit";

export interface SignUpInput {
  companyName: string;
  name: string;
  email: string;
  password: string;
}

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

/** A client company signs up: its organization and its owner, or nothing at all. */
export async function signUpClient(input: SignUpInput, ip: string) {
  await hitRateLimit(`signup:ip:${ip}`, 10, 3600);
  const email = input.email.toLowerCase();
  if (await systemDb().user.findUnique({ where: { email }, select: { id: true } })) {
    throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.");
  }
  const passwordHash = await hashPassword(input.password);
  const slug = `${slugify(input.companyName)}-${Math.random().toString(36).slice(2, 7)}`;
  const user = await systemDb()
    .user.create({ data: { email, name: input.name, passwordHash } })
    .catch((error: unknown) => {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.");
      }
      throw error;
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
