import type { CampaignStatus } from "@prisma/client";
import { condition, log, patched, proxyActivities, setHandler } from "@temporalio/workflow";
import type { CampaignActivities } from "./activities/campaign-activities";
import type { LifecycleActivities } from "./activities/lifecycle-activities";
import type { ReviewActivities } from "./activities/review-activities";
import {
  approvedSignal,
  campaignLifecycleInput,
  progressQuery,
  rejectedSignal,
  submissionSignalArgs,
  submittedSignal,
  type CampaignLifecycleInput,
  type LifecycleStage,
} from "./shared/campaign-lifecycle";

const activityOptions = {
  startToCloseTimeout: "30 seconds",
  retry: { initialInterval: "1 second", maximumInterval: "1 minute", maximumAttempts: 20 },
} as const;
const { ensureStripeCustomer, sendCampaignDraftCreatedEmail } = proxyActivities<CampaignActivities>(activityOptions);
const { sendReviewReminderEmail, sendCampaignDecisionEmail, sendSubmissionEmails } =
  proxyActivities<ReviewActivities>(activityOptions);
const { loadCampaignLifecycle, transitionCampaignStatus } = proxyActivities<LifecycleActivities>(activityOptions);

/**
 * campaign-<id>: one per campaign; the id makes a second start of the same campaign fail. The
 * Campaign row is the truth: the workflow reads it, waits for what that status waits for, and
 * changes it only through transitionCampaignStatus (audited). People's changes (submit, approve,
 * reject) are written by the web app, which then signals; a signal only means "read the row again".
 * So a lifecycle started late by the reconciler picks up wherever its campaign stands.
 */
export async function campaignLifecycle(rawInput: CampaignLifecycleInput): Promise<CampaignStatus> {
  const input = campaignLifecycleInput.parse(rawInput);
  const ids = { tenantId: input.tenantId, campaignId: input.campaignId };
  let stage: LifecycleStage = "SETTING_UP";
  let submissionId: string | null = null;
  let remindersSent = 0;
  let startAt: number | null = null;
  let endAt: number | null = null;
  let remindedFor: string | null = null;
  let changes = 0;
  const decisionsEmailed = new Set<string>();
  const submissionsAnnounced = new Set<string>();

  setHandler(progressQuery, () => ({ stage, submissionId, remindersSent, startAt, endAt }));
  for (const signal of [submittedSignal, approvedSignal, rejectedSignal]) {
    setHandler(signal, (raw) => {
      const args = submissionSignalArgs.safeParse(raw);
      if (!args.success) return;
      submissionId = args.data.submissionId;
      changes += 1;
    });
  }

  await ensureStripeCustomer({ tenantId: input.tenantId });
  // Counted before each read, so a signal that lands while the row is read still wakes the wait after it.
  let seen = changes;
  let campaign = await loadCampaignLifecycle(ids);
  if (campaign.status === "DRAFT") await sendCampaignDraftCreatedEmail(ids);
  const changed = (timeoutMs: number) => condition(() => changes !== seen, timeoutMs);

  for (;;) {
    const { status, latestDecision } = campaign;
    if ((status === "APPROVED" || status === "REJECTED") && latestDecision) {
      if (!decisionsEmailed.has(latestDecision.submissionId)) {
        decisionsEmailed.add(latestDecision.submissionId);
        await sendCampaignDecisionEmail({ ...ids, ...latestDecision });
      }
    }

    if (status === "COMPLETED" || status === "CANCELLED") {
      stage = "FINISHED";
      return status;
    } else if (status === "DRAFT" || status === "REJECTED") {
      stage = "AWAITING_SUBMISSION";
      await condition(() => changes !== seen);
    } else if (status === "SUBMITTED") {
      stage = "AWAITING_DECISION";
      const pending = campaign.pendingSubmissionId;
      if (pending !== remindedFor) [remindedFor, remindersSent] = [pending, 0];
      // Once per submission: the submitter's confirmation and "waiting for review" to reviewers.
      // patched(): lifecycles recorded before this step replay without it.
      if (pending && !submissionsAnnounced.has(pending) && patched("submission-emails")) {
        submissionsAnnounced.add(pending);
        // An email that still fails after its retries must not end the campaign's lifecycle.
        await sendSubmissionEmails({ ...ids, submissionId: pending }).catch((err: unknown) =>
          log.error("submission emails failed", { submissionId: pending, error: String(err) }),
        );
      }
      submissionId = pending;
      // No decision within the interval: remind operator staff, then read the row again (a
      // decision whose signal was lost is found there).
      if (!(await changed(input.reviewReminderIntervalMs)) && pending) {
        remindersSent += 1;
        await sendReviewReminderEmail({ ...ids, submissionId: pending, reminderNumber: remindersSent });
      }
    } else if (status === "APPROVED") {
      stage = "AWAITING_START";
      startAt = campaign.startAt ?? Date.now();
      // Workflow time is deterministic; the timer survives worker restarts.
      const wait = startAt - Date.now();
      if (wait <= 0 || !(await changed(wait)))
        await transitionCampaignStatus({ ...ids, from: ["APPROVED"], to: "RUNNING", reason: "start date reached" });
    } else {
      // RUNNING or PAUSED. The dialer joins here in a later issue; until then the campaign runs to its end date.
      stage = "AWAITING_END";
      endAt = campaign.endAt;
      if (endAt === null) await condition(() => changes !== seen);
      else {
        const wait = endAt - Date.now();
        if (wait <= 0 || !(await changed(wait)))
          await transitionCampaignStatus({
            ...ids,
            from: ["RUNNING", "PAUSED"],
            to: "COMPLETED",
            reason: "end date passed",
          });
      }
    }
    seen = changes;
    campaign = await loadCampaignLifecycle(ids);
  }
}
