import { z } from "zod";
import type { EmailTransport } from "../../server/adapters/email/email-transport";
import { sendEmail } from "../../server/adapters/email/send-email";
import { tenantDb } from "../../server/db/tenant-db";
import {
  decisionEmail,
  recordSentEmail,
  reviewReminderEmails,
  submissionReceivedEmails,
  type OutgoingEmailPlan,
} from "../../server/domain/review/review-notifications";
import { env } from "../../server/env";
import { logger } from "../../server/logger";

const submissionInput = z.object({
  tenantId: z.string().min(1),
  campaignId: z.string().min(1),
  submissionId: z.string().min(1),
});
const reminderInput = submissionInput.extend({ reminderNumber: z.number().int().positive() });
const decisionInput = submissionInput.extend({ decision: z.enum(["approved", "rejected"]) });

export interface ReviewActivityDeps {
  emailTransport: EmailTransport;
}

export function createReviewActivities({ emailTransport }: ReviewActivityDeps) {
  async function deliver(plan: OutgoingEmailPlan) {
    const { subject } = await sendEmail({ to: plan.to, template: plan.template }, emailTransport);
    await recordSentEmail(tenantDb(plan.tenantId), plan, subject);
  }

  return {
    /**
     * A new submission: the submitter's confirmation and "waiting for review" to every reviewer.
     * Runs after the submit committed (the lifecycle sees SUBMITTED), so email can never fail the
     * submit; each email has its own idempotency key, so a retry sends only what is missing.
     */
    async sendSubmissionEmails(raw: z.infer<typeof submissionInput>): Promise<{ sent: number }> {
      const input = submissionInput.parse(raw);
      const plans = await submissionReceivedEmails({ ...input, appUrl: env().APP_URL });
      for (const plan of plans) await deliver(plan);
      logger.info({ ...input, sent: plans.length }, "submission emails");
      return { sent: plans.length };
    },

    /** Reminds operator admins and supervisors that a submission waits; one email per reviewer per reminder. */
    async sendReviewReminderEmail(raw: z.infer<typeof reminderInput>): Promise<{ sent: number }> {
      const input = reminderInput.parse(raw);
      const plans = await reviewReminderEmails({ ...input, appUrl: env().APP_URL, now: new Date() });
      for (const plan of plans) await deliver(plan);
      logger.info({ ...input, sent: plans.length }, "review reminder");
      return { sent: plans.length };
    },

    /** The client's approval or rejection email, to the person who submitted. */
    async sendCampaignDecisionEmail(raw: z.infer<typeof decisionInput>): Promise<{ sent: boolean }> {
      const { tenantId, ...input } = decisionInput.parse(raw);
      const plan = await decisionEmail(tenantDb(tenantId), { ...input, appUrl: env().APP_URL });
      if (!plan) return { sent: false };
      await deliver(plan);
      return { sent: true };
    },
  };
}

export type ReviewActivities = ReturnType<typeof createReviewActivities>;
