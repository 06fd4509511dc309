import { proxyActivities } from "@temporalio/workflow";
import type { LifecycleActivities } from "./activities/lifecycle-activities";

const { reconcileCampaignLifecycles } = proxyActivities<LifecycleActivities>({
  startToCloseTimeout: "5 minutes",
  retry: { initialInterval: "5 seconds", maximumAttempts: 3 },
});

/** Run by the campaign-lifecycle-reconciler schedule: starts the lifecycles that were lost. */
export async function reconcileLifecycles(): Promise<{ checked: number; started: number }> {
  const { checked, started } = await reconcileCampaignLifecycles();
  return { checked, started: started.length };
}
