import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { hashPassword } from "../server/auth/password";
import { DEFAULT_RATE_PLAN } from "../server/domain/pricing/default-rate-plan";
import { DEMO_ORGS, DEMO_PASSWORD, DEMO_USERS } from "./demo-data";

// Idempotent: upserts by natural keys, never duplicates, never resets a changed password.
const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is required to seed");
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });

async function main() {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const org of DEMO_ORGS) {
    await db.$transaction(async (tx) => {
      // Tenant tables are FORCE RLS even for the owner: work inside the tenant.
      await tx.$executeRaw`SELECT set_config('app.tenant_id', ${org.id}, true)`;
      await tx.organization.upsert({ where: { id: org.id }, create: org, update: {} });
      for (const u of DEMO_USERS.filter((d) => d.orgId === org.id)) {
        const user = await tx.user.upsert({
          where: { email: u.email },
          create: { email: u.email, name: u.name, passwordHash, emailVerified: new Date() },
          update: {},
        });
        await tx.membership.upsert({
          where: { tenantId_userId: { tenantId: org.id, userId: user.id } },
          create: { tenantId: org.id, userId: user.id, role: u.role },
          update: {},
        });
      }
    });
  }
  // The default rate plan (tenantId NULL). NULLs are distinct in the unique index, so look it up
  // first; rate plans are operator-written (RLS), so act as the operator role.
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL ROLE callwright_operator`;
    if (!(await tx.ratePlan.findFirst({ where: { tenantId: null } }))) {
      await tx.ratePlan.create({ data: { tenantId: null, ...DEFAULT_RATE_PLAN } });
    }
  });
  console.log(`seeded ${DEMO_ORGS.length} organizations and ${DEMO_USERS.length} users`);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
