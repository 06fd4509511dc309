import { CampaignStatus } from "@prisma/client";
import { ApplicationFailure } from "@temporalio/activity";
import { z } from "zod";
import { tenantDb } from "../../server/db/tenant-db";
import { loadLifecycleState, type LifecycleState } from "../../server/domain/campaigns/lifecycle-state";
import { reconcileCampaignLifecycles, type ReconcileResult } from "../../server/domain/campaigns/reconcile-lifecycles";
import { applyLifecycleTransition } from "../../server/domain/campaigns/status-transition";
import { AppError } from "../../server/errors";
import { logger } from "../../server/logger";

const campaignStatus = z.enum(CampaignStatus);
const campaignInput = z.object({ tenantId: z.string().min(1), campaignId: z.string().min(1) });
const transitionInput = campaignInput.extend({
  from: z.array(campaignStatus).min(1),
  to: campaignStatus,
  reason: z.string().min(1).max(200),
});

/** The lifecycle workflow's view of the Campaign row, and the only way it changes the row. */
export function createLifecycleActivities() {
  return {
    /** The campaign's status, pending or latest decided submission, and when it starts and ends. */
    async loadCampaignLifecycle(raw: z.infer<typeof campaignInput>): Promise<LifecycleState> {
      const { tenantId, campaignId } = campaignInput.parse(raw);
      return loadLifecycleState(tenantDb(tenantId), campaignId);
    },

    /**
     * A time-driven status change (start date reached → RUNNING, end date passed → COMPLETED), with
     * its audit row, in one transaction. A retry after the first attempt committed changes nothing.
     * A transition the rule refuses is a bug in the caller: failing without retries says so.
     */
    async transitionCampaignStatus(
      raw: z.infer<typeof transitionInput>,
    ): Promise<{ status: CampaignStatus; changed: boolean }> {
      const { tenantId, ...transition } = transitionInput.parse(raw);
      try {
        const result = await tenantDb(tenantId).tx((tx) => applyLifecycleTransition(tx, tenantId, transition));
        if (result.changed) logger.info({ tenantId, ...transition }, "campaign status changed by its lifecycle");
        return result;
      } catch (error) {
        if (error instanceof AppError) throw ApplicationFailure.nonRetryable(error.message, error.code);
        throw error;
      }
    },

    /** Starts every lost campaign lifecycle (see reconcile-lifecycles.ts); run by the reconciler schedule. */
    async reconcileCampaignLifecycles(): Promise<ReconcileResult> {
      const result = await reconcileCampaignLifecycles(tenantDb);
      logger.info({ checked: result.checked, started: result.started.length }, "campaign lifecycles reconciled");
      return result;
    },
  };
}

export type LifecycleActivities = ReturnType<typeof createLifecycleActivities>;
