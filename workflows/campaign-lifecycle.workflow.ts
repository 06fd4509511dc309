import { condition, proxyActivities, setHandler } from "@temporalio/workflow";
import type { CampaignActivities } from "./activities/campaign-activities";
import { cancelCampaignSignal, campaignLifecycleInput, stageQuery, type CampaignLifecycleInput, type CampaignStage } from "./shared/campaign-lifecycle";

const { ensureStripeCustomer, sendCampaignDraftCreatedEmail } = proxyActivities<CampaignActivities>({
  startToCloseTimeout: "30 seconds",
  retry: { initialInterval: "1 second", maximumInterval: "1 minute", maximumAttempts: 20 },
});

/** campaign-<id>: one per campaign. The id makes a second start of the same campaign fail. */
export async function campaignLifecycle(rawInput: CampaignLifecycleInput): Promise<CampaignStage> {
  const input = campaignLifecycleInput.parse(rawInput);
  let stage: CampaignStage = "SETTING_UP";
  let cancelled = false;
  setHandler(stageQuery, () => stage);
  setHandler(cancelCampaignSignal, () => {
    cancelled = true;
  });

  await ensureStripeCustomer({ tenantId: input.tenantId });
  await sendCampaignDraftCreatedEmail({ tenantId: input.tenantId, campaignId: input.campaignId });
  stage = "DRAFT";

  // Submission, review and dialing arrive as signals in later stages of the lifecycle.
  await condition(() => cancelled);
  stage = "CANCELLED";
  return stage;
}
