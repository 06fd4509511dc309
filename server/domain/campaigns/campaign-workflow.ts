import "server-only";
import { WorkflowExecutionAlreadyStartedError } from "@temporalio/client";
import { campaignWorkflowId, type CampaignLifecycleInput } from "../../../workflows/shared/campaign-lifecycle";
import { TASK_QUEUE } from "../../../workflows/shared/task-queues";
import { temporalClient } from "../../workflows/temporal-client";

/**
 * Starts campaign-<id>. The business id makes a second start fail with "already started", which is
 * success here: true when this call started it, false when it was already running.
 */
export async function startCampaignLifecycle(input: CampaignLifecycleInput): Promise<boolean> {
  const client = await temporalClient();
  try {
    await client.workflow.start("campaignLifecycle", {
      taskQueue: TASK_QUEUE,
      workflowId: campaignWorkflowId(input.campaignId),
      args: [input],
    });
    return true;
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return false;
    throw error;
  }
}
