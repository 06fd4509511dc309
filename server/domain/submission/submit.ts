import "server-only";
import { submittedSignal } from "../../../workflows/shared/campaign-lifecycle";
import type { TenantDb } from "../../db/tenant-db";
import { AppError } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import { assertTransition } from "../campaigns/status-transition";
import { markScriptVersionSubmitted } from "../scripts/script-versions";
import { signalCampaignLifecycle } from "./lifecycle-signals";
import { loadPreflightInTx } from "./load-preflight";

export interface SubmitResult {
  submissionId: string;
  status: "SUBMITTED";
  /** false: the campaign is submitted, but the workflow was not reached; submitting again retries the signal. */
  signalled: boolean;
}

/**
 * Submits a DRAFT or REJECTED campaign for review. The pre-flight runs inside the same transaction
 * that stores the submission (campaign row locked), so what is stored is what was checked. Then
 * the workflow is signalled. Submitting a campaign that is already SUBMITTED and undecided just
 * re-sends that signal (a safe retry).
 */
export async function submitCampaign(
  db: TenantDb,
  actor: { userId: string; requestId?: string },
  campaignId: string,
  now = new Date(),
): Promise<SubmitResult> {
  const outcome = await db.tx(async (tx) => {
    // Lock the row: two submits at once queue here, and the second sees SUBMITTED.
    await tx.$queryRaw`SELECT 1 FROM "Campaign" WHERE "id" = ${campaignId} FOR UPDATE`;
    const { campaign, preflight } = await loadPreflightInTx(tx, db.tenantId, campaignId, now);

    if (campaign.status === "SUBMITTED") {
      const pending = await tx.campaignSubmission.findFirst({
        where: { campaignId, decision: null },
        orderBy: { submittedAt: "desc" },
        select: { id: true },
      });
      if (pending) return { campaign, submissionId: pending.id };
    }
    assertTransition(campaign.status, "SUBMITTED");
    if (preflight.errors.length > 0 || !preflight.quote || !preflight.scriptVersionId) {
      throw new AppError("PRECONDITION_FAILED", `The campaign can't be submitted yet: ${preflight.errors.join("; ")}`, {
        errors: preflight.errors,
      });
    }

    const submission = await tx.campaignSubmission.create({
      data: {
        tenantId: db.tenantId,
        campaignId,
        scriptVersionId: preflight.scriptVersionId,
        quote: preflight.quote,
        preflight,
        submittedById: actor.userId,
        submittedAt: now,
      },
      select: { id: true },
    });
    await markScriptVersionSubmitted(tx, preflight.scriptVersionId);
    await tx.campaign.update({ where: { id: campaignId }, data: { status: "SUBMITTED", submittedAt: now } });
    await recordAudit(tx, {
      tenantId: db.tenantId,
      actorUserId: actor.userId,
      action: "campaign.submitted",
      targetType: "Campaign",
      targetId: campaignId,
      data: {
        submissionId: submission.id,
        scriptVersionId: preflight.scriptVersionId,
        amountMinor: preflight.quote.amountMinor,
        currency: preflight.quote.currency,
        contacts: preflight.counts.callable,
      },
      requestId: actor.requestId,
    });
    return { campaign, submissionId: submission.id };
  });

  const signalled = await signalCampaignLifecycle(
    { tenantId: db.tenantId, campaignId, createdByUserId: outcome.campaign.createdById },
    submittedSignal,
    { submissionId: outcome.submissionId },
  );
  return { submissionId: outcome.submissionId, status: "SUBMITTED", signalled };
}
