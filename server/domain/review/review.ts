import "server-only";
import type { Prisma } from "@prisma/client";
import { approvedSignal, rejectedSignal } from "../../../workflows/shared/campaign-lifecycle";
import { withOperatorScope } from "../../db/operator-scope";
import type { Tx } from "../../db/tenant-db";
import { AppError, notFound } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import { parseCampaignSettings } from "../../shared/campaigns/campaign-settings";
import { assertTransition } from "../campaigns/status-transition";
import { availabilityWindowsSchema } from "../../shared/escalation/escalation-contact";
import { quoteSchema } from "../pricing/quote";
import { scriptGraphSchema } from "../../shared/scripts/script-graph";
import { markScriptVersionDecision } from "../scripts/script-versions";
import { preflightSchema } from "../submission/preflight";
import { signalCampaignLifecycle } from "../submission/lifecycle-signals";

// The operator review queue. Submissions live in client tenants, so every read and write here goes
// through withOperatorScope (audited in the operator's tenant, and decisions in the client's).

export interface Reviewer {
  userId: string;
  operatorTenantId: string;
}

/** Pending submissions across tenants, oldest first (first in, first reviewed). */
export function reviewQueue(reviewer: Reviewer) {
  return withOperatorScope(reviewer, "review queue: list submitted campaigns", async (tx) => {
    const rows = await tx.campaignSubmission.findMany({
      where: { decision: null, campaign: { status: "SUBMITTED" } },
      orderBy: { submittedAt: "asc" },
      take: 200,
      select: {
        id: true,
        tenantId: true,
        submittedAt: true,
        quote: true,
        preflight: true,
        campaign: {
          select: { id: true, name: true, type: true, startDate: true, organization: { select: { name: true } } },
        },
      },
    });
    return rows.map((r) => {
      const quote = quoteSchema.safeParse(r.quote);
      const preflight = preflightSchema.safeParse(r.preflight);
      return {
        submissionId: r.id,
        tenantId: r.tenantId,
        orgName: r.campaign.organization.name,
        campaignId: r.campaign.id,
        campaignName: r.campaign.name,
        type: r.campaign.type,
        startDate: r.campaign.startDate?.toISOString().slice(0, 10) ?? null,
        submittedAt: r.submittedAt,
        contacts: preflight.success ? preflight.data.counts.callable : null,
        amountMinor: quote.success ? quote.data.amountMinor : null,
        currency: quote.success ? quote.data.currency : null,
      };
    });
  });
}

async function findSubmission(tx: Tx, submissionId: string) {
  const submission = await tx.campaignSubmission.findUnique({
    where: { id: submissionId },
    select: {
      id: true,
      tenantId: true,
      campaignId: true,
      scriptVersionId: true,
      quote: true,
      preflight: true,
      submittedById: true,
      submittedAt: true,
      decision: true,
      reviewComment: true,
      reviewedAt: true,
    },
  });
  if (!submission) throw notFound("Submission");
  return submission;
}

/** Everything the client supplied, as frozen at submission (script version) and as it stands (settings, contacts). */
export function reviewDetail(reviewer: Reviewer, submissionId: string) {
  return withOperatorScope(reviewer, `review: read submission ${submissionId}`, async (tx, audit) => {
    const submission = await findSubmission(tx, submissionId);
    await audit(submission.tenantId, "review.viewed", "CampaignSubmission", submission.id);
    const campaign = await tx.campaign.findUniqueOrThrow({
      where: { id: submission.campaignId },
      include: { organization: { select: { name: true, timeZone: true } } },
    });
    const [scriptVersion, escalationContacts, submitter, history] = await Promise.all([
      submission.scriptVersionId
        ? tx.scriptVersion.findUnique({
            where: { id: submission.scriptVersionId },
            select: { id: true, version: true, status: true, graph: true },
          })
        : null,
      tx.escalationContact.findMany({
        where: { campaignId: campaign.id },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      }),
      tx.user.findUnique({ where: { id: submission.submittedById }, select: { name: true, email: true } }),
      tx.campaignSubmission.findMany({
        where: { campaignId: campaign.id },
        orderBy: { submittedAt: "desc" },
        take: 20,
        select: { id: true, submittedAt: true, decision: true, reviewComment: true, reviewedAt: true },
      }),
    ]);
    const graph = scriptVersion ? scriptGraphSchema.safeParse(scriptVersion.graph) : null;
    const preflight = preflightSchema.safeParse(submission.preflight);
    const quote = quoteSchema.safeParse(submission.quote);
    return {
      submission: {
        id: submission.id,
        submittedAt: submission.submittedAt,
        submittedBy: submitter
          ? submitter.name
            ? `${submitter.name} <${submitter.email}>`
            : submitter.email
          : "unknown",
        decision: submission.decision,
        reviewComment: submission.reviewComment,
        reviewedAt: submission.reviewedAt,
      },
      org: { id: campaign.tenantId, name: campaign.organization.name, timeZone: campaign.organization.timeZone },
      campaign: { id: campaign.id, name: campaign.name, description: campaign.description, status: campaign.status },
      settings: parseCampaignSettings(campaign),
      script: scriptVersion
        ? {
            id: scriptVersion.id,
            version: scriptVersion.version,
            status: scriptVersion.status,
            graph: graph?.success ? graph.data : null,
          }
        : null,
      escalationContacts: escalationContacts.map((c) => ({
        id: c.id,
        name: c.name,
        role: c.role,
        phoneE164: c.phoneE164,
        email: c.email,
        channels: c.channels,
        timeZone: c.timeZone,
        windows: availabilityWindowsSchema.safeParse(c.windows).data ?? [],
      })),
      preflight: preflight.success ? preflight.data : null,
      quote: quote.success ? quote.data : null,
      history,
    };
  });
}

export interface DecisionInput {
  submissionId: string;
  decision: "APPROVED" | "REJECTED";
  comment: string;
}

/**
 * Approves or rejects a pending submission: submission, campaign status (checked against the one
 * transition rule), script version and the client's audit trail in one operator-scope transaction;
 * then the workflow is signalled (it reads the row and sends the client's email from an activity,
 * so a retry never sends twice).
 */
export async function decideSubmission(reviewer: Reviewer, input: DecisionInput, now = new Date()) {
  const comment = input.comment.trim();
  if (input.decision === "REJECTED" && !comment)
    throw new AppError("BAD_REQUEST", "Tell the client what to change: a comment is required to reject.");
  const verb = input.decision === "APPROVED" ? "approve" : "reject";
  const result = await withOperatorScope(reviewer, `review: ${verb} submission ${input.submissionId}`, async (tx) => {
    const submission = await findSubmission(tx, input.submissionId);
    // Lock the campaign so two reviewers deciding at once queue; the second sees the decision.
    await tx.$queryRaw`SELECT 1 FROM "Campaign" WHERE "id" = ${submission.campaignId} FOR UPDATE`;
    const campaign = await tx.campaign.findUniqueOrThrow({
      where: { id: submission.campaignId },
      select: { id: true, status: true, createdById: true },
    });
    const fresh = await tx.campaignSubmission.findUniqueOrThrow({
      where: { id: submission.id },
      select: { decision: true },
    });
    const outcome = { tenantId: submission.tenantId, campaignId: campaign.id, createdById: campaign.createdById };
    // The same decision again is a retry (e.g. after a failed signal): change nothing, signal again.
    if (fresh.decision === input.decision) return outcome;
    if (fresh.decision !== null) {
      throw new AppError("CONFLICT", `This submission was already ${fresh.decision.toLowerCase()}.`, {
        decision: fresh.decision,
        status: campaign.status,
      });
    }
    assertTransition(campaign.status, input.decision);
    await tx.campaignSubmission.update({
      where: { id: submission.id },
      data: {
        decision: input.decision,
        reviewComment: comment || null,
        reviewedById: reviewer.userId,
        reviewedAt: now,
      },
    });
    await tx.campaign.update({
      where: { id: campaign.id },
      data: input.decision === "APPROVED" ? { status: "APPROVED", approvedAt: now } : { status: "REJECTED" },
    });
    if (submission.scriptVersionId) await markScriptVersionDecision(tx, submission.scriptVersionId, input.decision);
    await recordAudit(tx, {
      tenantId: submission.tenantId,
      actorUserId: reviewer.userId,
      action: input.decision === "APPROVED" ? "campaign.approved" : "campaign.rejected",
      targetType: "Campaign",
      targetId: campaign.id,
      data: { submissionId: submission.id, comment: comment || null } satisfies Prisma.InputJsonValue,
    });
    return outcome;
  });

  const start = { tenantId: result.tenantId, campaignId: result.campaignId, createdByUserId: result.createdById };
  const signal = input.decision === "APPROVED" ? approvedSignal : rejectedSignal;
  const signalled = await signalCampaignLifecycle(start, signal, { submissionId: input.submissionId });
  return { submissionId: input.submissionId, campaignId: result.campaignId, status: input.decision, signalled };
}
