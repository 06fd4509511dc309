import "server-only";
import type { SignalDefinition } from "@temporalio/client";
import { campaignWorkflowId, type CampaignLifecycleInput } from "../../../workflows/shared/campaign-lifecycle";
import { TASK_QUEUE } from "../../../workflows/shared/task-queues";
import { logger } from "../../logger";
import { temporalClient } from "../../workflows/temporal-client";

/**
 * Signals campaign-<id>, starting it first if it is not running (signalWithStart), so a lost or
 * finished workflow cannot swallow a submission or a decision. Every signal names its submission,
 * which makes a repeated signal harmless. Never throws: the database already holds the truth, and
 * the caller reports `signalled: false` so the person can retry.
 */
export async function signalCampaignLifecycle<Arg>(
  start: CampaignLifecycleInput,
  signal: SignalDefinition<[Arg]>,
  arg: Arg,
): Promise<boolean> {
  try {
    const client = await temporalClient();
    await client.workflow.signalWithStart<(input: CampaignLifecycleInput) => Promise<string>, [Arg]>(
      "campaignLifecycle",
      {
        taskQueue: TASK_QUEUE,
        workflowId: campaignWorkflowId(start.campaignId),
        args: [start],
        signal,
        signalArgs: [arg],
      },
    );
    return true;
  } catch (error) {
    logger.error({ err: error, campaignId: start.campaignId, signal: signal.name }, "campaign workflow signal failed");
    return false;
  }
}
