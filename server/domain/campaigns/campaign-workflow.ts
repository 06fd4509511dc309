import { WorkflowExecutionAlreadyStartedError } from "@temporalio/client";
import { campaignWorkflowId, type CampaignLifecycleInput } from "../../../workflows/shared/campaign-lifecycle";
import { TASK_QUEUE } from "../../../workflows/shared/task-queues";
import { temporalClient } from "../../workflows/temporal-client";

export async function startCampaignLifecycle(input: CampaignLifecycleInput) {
  const client = await temporalClient();
  try {
    await client.workflow.start("campaignLifecycle", { taskQueue: TASK_QUEUE, workflowId: campaignWorkflowId(input.campaignId), args: [input] });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}
