import { z } from "zod";
import { tenantDb } from "../../server/db/tenant-db";
import type { BillingProvider } from "../../server/adapters/stripe/billing-provider";
import { sendEmail } from "../../server/adapters/email/send-email";
import type { EmailTransport } from "../../server/adapters/email/email-transport";
import { env } from "../../server/env";
import { logger } from "../../server/logger";

const tenantInput = z.object({ tenantId: z.string().min(1) });
const campaignInput = tenantInput.extend({ campaignId: z.string().min(1) });

export interface CampaignActivityDeps {
  billing: BillingProvider;
  emailTransport: EmailTransport;
}

export function createCampaignActivities({ billing, emailTransport }: CampaignActivityDeps) {
  return {
    /** Creates the organization's Stripe customer once; the idempotency key covers a retry after a lost response. */
    async ensureStripeCustomer(raw: z.infer<typeof tenantInput>): Promise<{ customerId: string }> {
      const { tenantId } = tenantInput.parse(raw);
      const db = tenantDb(tenantId);
      const org = await db.tx((tx) => tx.organization.findUniqueOrThrow({ where: { id: tenantId } }));
      if (org.stripeCustomerId) return { customerId: org.stripeCustomerId };
      const owner = await db.tx((tx) =>
        tx.membership.findFirst({
          where: { tenantId, role: "CLIENT_OWNER" },
          orderBy: { createdAt: "asc" },
          select: { user: { select: { email: true } } },
        }),
      );
      const { customerId } = await billing.createCustomer({
        tenantId,
        name: org.name,
        email: owner?.user.email,
        idempotencyKey: `org-${tenantId}-customer`,
      });
      await db.tx((tx) =>
        tx.organization.updateMany({
          where: { id: tenantId, stripeCustomerId: null },
          data: { stripeCustomerId: customerId },
        }),
      );
      logger.info({ tenantId, customerId }, "stripe customer ensured");
      return { customerId };
    },

    /** Emails the campaign's creator. EmailLog's unique key stops a retried activity from sending twice. */
    async sendCampaignDraftCreatedEmail(raw: z.infer<typeof campaignInput>): Promise<{ sent: boolean }> {
      const { tenantId, campaignId } = campaignInput.parse(raw);
      const idempotencyKey = `campaign-${campaignId}-draft-created`;
      const db = tenantDb(tenantId);
      const campaign = await db.tx(async (tx) => {
        if (await tx.emailLog.findUnique({ where: { idempotencyKey } })) return null;
        return tx.campaign.findUniqueOrThrow({
          where: { id: campaignId },
          include: { organization: { select: { name: true } } },
        });
      });
      if (!campaign) return { sent: false };
      const creator = await db.tx((tx) =>
        tx.user.findUniqueOrThrow({ where: { id: campaign.createdById }, select: { email: true } }),
      );
      const template = {
        name: "campaign-draft-created" as const,
        props: {
          campaignName: campaign.name,
          orgName: campaign.organization.name,
          url: `${env().APP_URL}/portal/${tenantId}/campaigns/${campaignId}`,
        },
      };
      const { subject } = await sendEmail({ to: creator.email, template }, emailTransport);
      await db.tx((tx) =>
        tx.emailLog.create({ data: { tenantId, idempotencyKey, to: creator.email, subject, template: template.name } }),
      );
      return { sent: true };
    },
  };
}

export type CampaignActivities = ReturnType<typeof createCampaignActivities>;
