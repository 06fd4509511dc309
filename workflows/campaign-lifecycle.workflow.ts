import { condition, proxyActivities, setHandler } from "@temporalio/workflow";
import type { CampaignActivities } from "./activities/campaign-activities";
import type { ReviewActivities } from "./activities/review-activities";
import {
  approvedSignal,
  approvedSignalArgs,
  cancelCampaignSignal,
  campaignLifecycleInput,
  rejectedSignal,
  rejectedSignalArgs,
  reviewStateQuery,
  stageQuery,
  submittedSignal,
  submittedSignalArgs,
  type CampaignLifecycleInput,
  type CampaignStage,
} from "./shared/campaign-lifecycle";

const activityOptions = {
  startToCloseTimeout: "30 seconds",
  retry: { initialInterval: "1 second", maximumInterval: "1 minute", maximumAttempts: 20 },
} as const;
const { ensureStripeCustomer, sendCampaignDraftCreatedEmail } = proxyActivities<CampaignActivities>(activityOptions);
const { sendReviewReminderEmail, sendCampaignDecisionEmail } = proxyActivities<ReviewActivities>(activityOptions);

type Decision = { kind: "approved"; startAt: number } | { kind: "rejected" };

/** campaign-<id>: one per campaign. The id makes a second start of the same campaign fail. */
export async function campaignLifecycle(rawInput: CampaignLifecycleInput): Promise<CampaignStage> {
  const input = campaignLifecycleInput.parse(rawInput);
  const ids = { tenantId: input.tenantId, campaignId: input.campaignId };
  let stage: CampaignStage = "SETTING_UP";
  let cancelled = false;
  // The latest submission we heard of, the decisions by submission, and those already handled.
  let submissionId: string | null = null;
  let remindersSent = 0;
  let startAt: number | null = null;
  const decisions = new Map<string, Decision>();
  const handled = new Set<string>();

  setHandler(stageQuery, () => stage);
  setHandler(reviewStateQuery, () => ({ stage, submissionId, remindersSent, startAt }));
  setHandler(cancelCampaignSignal, () => {
    cancelled = true;
  });
  // Duplicates (a retried signal) change nothing: the same id, or a decision already recorded.
  setHandler(submittedSignal, (raw) => {
    const args = submittedSignalArgs.safeParse(raw);
    if (args.success && !handled.has(args.data.submissionId)) submissionId = args.data.submissionId;
  });
  // A decision also names its submission, so a lost `submitted` signal cannot strand the workflow.
  const decide = (id: string, decision: Decision) => {
    if (handled.has(id) || decisions.has(id)) return;
    decisions.set(id, decision);
    submissionId = id;
  };
  setHandler(approvedSignal, (raw) => {
    const args = approvedSignalArgs.safeParse(raw);
    if (args.success) decide(args.data.submissionId, { kind: "approved", startAt: args.data.startAt });
  });
  setHandler(rejectedSignal, (raw) => {
    const args = rejectedSignalArgs.safeParse(raw);
    if (args.success) decide(args.data.submissionId, { kind: "rejected" });
  });

  await ensureStripeCustomer({ tenantId: input.tenantId });
  await sendCampaignDraftCreatedEmail(ids);

  for (;;) {
    stage = "DRAFT";
    await condition(() => cancelled || (submissionId !== null && !handled.has(submissionId)));
    if (cancelled) break;
    const current = submissionId!;
    stage = "SUBMITTED";
    remindersSent = 0;

    // Wait for the operator's decision, reminding operator staff after every interval without one.
    while (!cancelled && !decisions.has(current)) {
      const decided = await condition(() => cancelled || decisions.has(current), input.reviewReminderIntervalMs);
      if (!decided) {
        remindersSent += 1;
        await sendReviewReminderEmail({ ...ids, submissionId: current, reminderNumber: remindersSent });
      }
    }
    if (cancelled) break;
    handled.add(current);
    const decision = decisions.get(current)!;
    await sendCampaignDecisionEmail({ ...ids, submissionId: current, decision: decision.kind });
    if (decision.kind === "rejected") continue;

    stage = "APPROVED";
    startAt = decision.startAt;
    // Workflow time is deterministic; the timer survives worker restarts.
    const wait = decision.startAt - Date.now();
    if (wait > 0 && (await condition(() => cancelled, wait))) break;
    stage = "READY_TO_DIAL";
    // The dialer joins here in a later issue; until then the workflow waits for a cancel.
    await condition(() => cancelled);
    break;
  }
  stage = "CANCELLED";
  return stage;
}
