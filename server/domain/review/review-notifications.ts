import "server-only";
import type { EmailTemplate } from "../../../emails";
import { withOperatorScope, withSystemReadScope } from "../../db/operator-scope";
import type { TenantDb } from "../../db/tenant-db";
import { rolesFor } from "../../shared/auth/permissions";
import { formatMoney } from "../../shared/money";
import { quoteSchema } from "../pricing/quote";

// What the lifecycle workflow's email activities read. Each email has an EmailLog idempotency key,
// so a retried activity sends nothing twice.

const longDate = (d: Date) => new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeZone: "UTC" }).format(d);

export interface OutgoingEmailPlan {
  tenantId: string;
  idempotencyKey: string;
  to: string;
  template: EmailTemplate;
}

/** The approval or rejection email for the person who submitted; null when it was already sent. */
export async function decisionEmail(
  db: TenantDb,
  args: {
    campaignId: string;
    submissionId: string;
    decision: "approved" | "rejected";
    appUrl: string;
  },
): Promise<OutgoingEmailPlan | null> {
  const { campaignId, submissionId, decision } = args;
  const { tenantId } = db;
  const idempotencyKey = `campaign-${campaignId}-submission-${submissionId}-${decision}`;
  return db.tx(async (tx) => {
    if (await tx.emailLog.findUnique({ where: { idempotencyKey } })) return null;
    const submission = await tx.campaignSubmission.findFirstOrThrow({
      where: { id: submissionId, campaignId },
      select: {
        submittedById: true,
        reviewComment: true,
        campaign: { select: { name: true, startDate: true, organization: { select: { name: true } } } },
      },
    });
    const submitter = await tx.user.findUniqueOrThrow({
      where: { id: submission.submittedById },
      select: { email: true },
    });
    const common = {
      campaignName: submission.campaign.name,
      orgName: submission.campaign.organization.name,
      url: `${args.appUrl}/portal/${tenantId}/campaigns/${campaignId}`,
    };
    const template: EmailTemplate =
      decision === "approved"
        ? {
            name: "campaign-approved",
            props: {
              ...common,
              startDate: submission.campaign.startDate ? longDate(submission.campaign.startDate) : "the start date",
              comment: submission.reviewComment || null,
            },
          }
        : { name: "campaign-rejected", props: { ...common, comment: submission.reviewComment ?? "" } };
    return { tenantId, idempotencyKey, to: submitter.email, template };
  });
}

function waitedFor(ms: number): string {
  const hours = Math.max(1, Math.round(ms / 3_600_000));
  if (hours < 48) return `${hours} hour${hours === 1 ? "" : "s"}`;
  return `${Math.round(hours / 24)} days`;
}

/**
 * Reminders to every operator admin and supervisor for a submission still without a decision.
 * Operator staff live in another tenant, so this reads through the audited operator scope; the
 * automated actor is recorded as "system" in the client's audit trail.
 */
export async function reviewReminderEmails(args: {
  tenantId: string;
  campaignId: string;
  submissionId: string;
  reminderNumber: number;
  appUrl: string;
  now: Date;
}): Promise<OutgoingEmailPlan[]> {
  const { tenantId, campaignId, submissionId, reminderNumber } = args;
  return withOperatorScope(
    { userId: "system", operatorTenantId: tenantId },
    `review reminder ${reminderNumber} for campaign ${campaignId}`,
    async (tx) => {
      const submission = await tx.campaignSubmission.findFirst({
        where: { id: submissionId, campaignId, tenantId },
        select: {
          decision: true,
          submittedAt: true,
          campaign: { select: { name: true, status: true, organization: { select: { name: true } } } },
        },
      });
      // Decided in the database already (the decision's signal may still be on its way): no reminder.
      if (!submission || submission.decision !== null || submission.campaign.status !== "SUBMITTED") return [];
      const reviewers = await tx.membership.findMany({
        where: {
          role: { in: [...rolesFor("campaigns.review")] },
          organization: { kind: "OPERATOR" },
          user: { disabledAt: null },
        },
        select: { tenantId: true, user: { select: { id: true, email: true } } },
      });
      const keyFor = (userId: string) =>
        `campaign-${campaignId}-submission-${submissionId}-reminder-${reminderNumber}-${userId}`;
      const sent = new Set(
        (
          await tx.emailLog.findMany({
            where: { idempotencyKey: { in: reviewers.map((r) => keyFor(r.user.id)) } },
            select: { idempotencyKey: true },
          })
        ).map((l) => l.idempotencyKey),
      );
      const props = {
        campaignName: submission.campaign.name,
        orgName: submission.campaign.organization.name,
        waiting: waitedFor(args.now.getTime() - submission.submittedAt.getTime()),
        url: `${args.appUrl}/operator/reviews/${submissionId}`,
      };
      return reviewers
        .filter((r) => !sent.has(keyFor(r.user.id)))
        .map((r) => ({
          tenantId: r.tenantId,
          idempotencyKey: keyFor(r.user.id),
          to: r.user.email,
          template: { name: "review-reminder" as const, props },
        }));
    },
  );
}

/** Operator staff who may review (the same rule as the review procedures), still enabled. */
const reviewersWhere = {
  role: { in: [...rolesFor("campaigns.review")] },
  organization: { kind: "OPERATOR" as const },
  user: { disabledAt: null },
};

/**
 * What a new submission sends: a confirmation to the person who submitted, and "a campaign is
 * waiting for review" to every reviewer, with a link to it. Keys are per submission (and reviewer),
 * so a retried activity or a replayed lifecycle sends each one once. The submission and the
 * reviewers live in different tenants: read through the system's read-only route, recorded through
 * each recipient's tenant.
 */
export async function submissionReceivedEmails(args: {
  tenantId: string;
  campaignId: string;
  submissionId: string;
  appUrl: string;
}): Promise<OutgoingEmailPlan[]> {
  const { tenantId, campaignId, submissionId, appUrl } = args;
  return withSystemReadScope(
    "submission-emails",
    `submission ${submissionId} of campaign ${campaignId}`,
    async (tx) => {
      const submission = await tx.campaignSubmission.findFirst({
        where: { id: submissionId, campaignId, tenantId },
        select: {
          quote: true,
          submittedById: true,
          campaign: { select: { name: true, organization: { select: { name: true } } } },
        },
      });
      if (!submission) return [];
      const submitter = await tx.user.findUnique({
        where: { id: submission.submittedById },
        select: { email: true, disabledAt: true },
      });
      const reviewers = await tx.membership.findMany({
        where: reviewersWhere,
        select: { tenantId: true, user: { select: { id: true, email: true } } },
      });
      const receivedKey = `campaign-${campaignId}-submission-${submissionId}-received`;
      const requestedKey = (userId: string) =>
        `campaign-${campaignId}-submission-${submissionId}-review-requested-${userId}`;
      const sent = new Set(
        (
          await tx.emailLog.findMany({
            where: { idempotencyKey: { in: [receivedKey, ...reviewers.map((r) => requestedKey(r.user.id))] } },
            select: { idempotencyKey: true },
          })
        ).map((l) => l.idempotencyKey),
      );
      const names = { campaignName: submission.campaign.name, orgName: submission.campaign.organization.name };
      const quote = quoteSchema.safeParse(submission.quote).data;
      const plans: OutgoingEmailPlan[] = [];
      if (submitter && !submitter.disabledAt && !sent.has(receivedKey))
        plans.push({
          tenantId,
          idempotencyKey: receivedKey,
          to: submitter.email,
          template: {
            name: "campaign-submitted",
            props: {
              ...names,
              quote: quote
                ? `${formatMoney(quote.amountMinor, quote.currency)} for ${quote.agentHours} agent hours`
                : null,
              url: `${appUrl}/portal/${tenantId}/campaigns/${campaignId}`,
            },
          },
        });
      for (const r of reviewers)
        if (!sent.has(requestedKey(r.user.id)))
          plans.push({
            tenantId: r.tenantId,
            idempotencyKey: requestedKey(r.user.id),
            to: r.user.email,
            template: {
              name: "review-requested",
              props: { ...names, url: `${appUrl}/operator/reviews/${submissionId}` },
            },
          });
      return plans;
    },
  );
}

/** Records a sent email in its recipient's tenant (`db`); the unique key makes a second record fail. */
export function recordSentEmail(db: TenantDb, plan: OutgoingEmailPlan, subject: string) {
  return db.tx((tx) =>
    tx.emailLog.create({
      data: {
        tenantId: db.tenantId,
        idempotencyKey: plan.idempotencyKey,
        to: plan.to,
        subject,
        template: plan.template.name,
      },
    }),
  );
}
