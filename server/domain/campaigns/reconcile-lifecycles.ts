import "server-only";
import { campaignWorkflowId } from "../../../workflows/shared/campaign-lifecycle";
import { withSystemReadScope } from "../../db/operator-scope";
import type { TenantDb } from "../../db/tenant-db";
import { logger } from "../../logger";
import { FINAL_STATUSES } from "../../shared/campaign-status-transitions";
import { temporalClient } from "../../workflows/temporal-client";
import { recordAudit } from "../audit/record-audit";
import { startCampaignLifecycle } from "./campaign-workflow";

/**
 * Younger campaigns are left to the path that created them, which starts the lifecycle right after
 * its commit; the reconciler would otherwise race it.
 */
export const RECONCILE_GRACE_MS = 2 * 60_000;

export interface ReconcileResult {
  /** Campaigns whose lifecycle should be running (status not final). */
  checked: number;
  /** Ids of the campaigns whose lost lifecycle this run started. */
  started: string[];
}

async function runningLifecycles(): Promise<Set<string>> {
  const client = await temporalClient();
  const ids = new Set<string>();
  const executions = client.workflow.list({
    query: "WorkflowType = 'campaignLifecycle' AND ExecutionStatus = 'Running'",
  });
  for await (const execution of executions) ids.add(execution.workflowId);
  return ids;
}

/**
 * Starts the lifecycle of every campaign that is not final and has none running: its start was
 * lost while Temporal was down, or the workflow failed. Runs at worker start and on a Temporal
 * schedule, never from a page view. The list of running workflows comes from Temporal's visibility
 * store, which can lag; a lifecycle it misses is refused by its workflow id, which counts as running.
 */
export async function reconcileCampaignLifecycles(
  tenantDbFor: (tenantId: string) => TenantDb,
  now = new Date(),
): Promise<ReconcileResult> {
  const campaigns = await withSystemReadScope(
    "lifecycle-reconciler",
    "find campaigns whose lifecycle should be running",
    (tx) =>
      tx.campaign.findMany({
        where: { status: { notIn: FINAL_STATUSES }, createdAt: { lt: new Date(now.getTime() - RECONCILE_GRACE_MS) } },
        select: { id: true, tenantId: true, createdById: true },
        orderBy: { createdAt: "asc" },
      }),
  );
  const running = await runningLifecycles();
  const started: string[] = [];
  for (const c of campaigns) {
    const workflowId = campaignWorkflowId(c.id);
    if (running.has(workflowId)) continue;
    if (!(await startCampaignLifecycle({ tenantId: c.tenantId, campaignId: c.id, createdByUserId: c.createdById })))
      continue;
    started.push(c.id);
    await tenantDbFor(c.tenantId).tx((tx) =>
      recordAudit(tx, {
        tenantId: c.tenantId,
        actorUserId: null,
        action: "campaign.lifecycle.started",
        targetType: "Campaign",
        targetId: c.id,
        data: { workflowId, by: "lifecycle reconciler" },
      }),
    );
    logger.info({ tenantId: c.tenantId, campaignId: c.id }, "lost campaign lifecycle started");
  }
  return { checked: campaigns.length, started };
}
