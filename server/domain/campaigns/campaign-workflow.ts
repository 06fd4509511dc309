import "server-only";
import { WorkflowExecutionAlreadyStartedError } from "@temporalio/client";
import { campaignWorkflowId, type CampaignLifecycleInput } from "../../../workflows/shared/campaign-lifecycle";
import { TASK_QUEUE } from "../../../workflows/shared/task-queues";
import { logger } from "../../logger";
import { temporalClient } from "../../workflows/temporal-client";

export async function startCampaignLifecycle(input: CampaignLifecycleInput) {
  const client = await temporalClient();
  try {
    await client.workflow.start("campaignLifecycle", {
      taskQueue: TASK_QUEUE,
      workflowId: campaignWorkflowId(input.campaignId),
      args: [input],
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}

/**
 * A DRAFT campaign's lifecycle waits for signals and never ends on its own, so NOT_FOUND means
 * its start was lost (Temporal was down when the draft was saved). Start it now; idempotent.
 */
export function ensureLifecycleStarted(
  tenantId: string,
  campaigns: { id: string; status: string; createdById: string; workflowStatus: string }[],
) {
  for (const c of campaigns) {
    if (c.status !== "DRAFT" || c.workflowStatus !== "NOT_FOUND") continue;
    startCampaignLifecycle({ tenantId, campaignId: c.id, createdByUserId: c.createdById }).catch((error: unknown) =>
      logger.warn({ err: error, campaignId: c.id }, "lifecycle start still deferred"),
    );
  }
}
