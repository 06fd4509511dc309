import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type ScheduleOptions } from "@temporalio/client";
import { logger } from "../server/logger";
import { temporalClient } from "../server/workflows/temporal-client";
import { createLifecycleActivities } from "./activities/lifecycle-activities";
import { TASK_QUEUE } from "./shared/task-queues";

export const RECONCILER_SCHEDULE_ID = "campaign-lifecycle-reconciler";

const schedule = {
  scheduleId: RECONCILER_SCHEDULE_ID,
  spec: { intervals: [{ every: "5 minutes" }] },
  action: { type: "startWorkflow", workflowType: "reconcileLifecycles", taskQueue: TASK_QUEUE, args: [] },
  // A run still going when the next is due makes the next one pointless.
  policies: { overlap: ScheduleOverlapPolicy.SKIP },
} satisfies ScheduleOptions;

/**
 * At worker start: creates the reconciler schedule (or brings an existing one up to date), then
 * reconciles once right away, so lifecycles lost while Temporal was down start with the worker.
 * A failure of that first pass is logged, not fatal: the schedule runs it again.
 */
export async function startLifecycleReconciler() {
  const client = await temporalClient();
  try {
    await client.schedule.create(schedule);
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    await client.schedule.getHandle(RECONCILER_SCHEDULE_ID).update((previous) => ({
      ...previous,
      spec: schedule.spec,
      action: schedule.action,
      policies: schedule.policies,
    }));
  }
  try {
    // The same activity the schedule runs, called in-process (it logs what it started).
    await createLifecycleActivities().reconcileCampaignLifecycles();
  } catch (error) {
    logger.error({ err: error }, "reconciling campaign lifecycles at worker start failed; the schedule retries");
  }
}
