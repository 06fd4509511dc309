import "server-only";
import type { TenantDb } from "../../db/tenant-db";
import { logger } from "../../logger";
import { recordAudit } from "../audit/record-audit";
import { startCampaignLifecycle } from "./campaign-workflow";

export interface CreateDraftInput {
  name: string;
  description: string;
}

/**
 * Saves the draft, then starts campaign-<id>. When Temporal is unreachable the draft is kept, and
 * the lifecycle reconciler (reconcile-lifecycles.ts: at worker start and every few minutes on a
 * Temporal schedule) starts it later; the workflow id makes a repeated start a no-op.
 */
export async function createCampaignDraft(
  db: TenantDb,
  actor: { userId: string; requestId?: string },
  input: CreateDraftInput,
) {
  const id = crypto.randomUUID();
  const workflowId = `campaign-${id}`;
  const campaign = await db.tx(async (tx) => {
    const created = await tx.campaign.create({
      data: {
        id,
        tenantId: db.tenantId,
        name: input.name,
        description: input.description,
        workflowId,
        createdById: actor.userId,
      },
    });
    await recordAudit(tx, {
      tenantId: db.tenantId,
      actorUserId: actor.userId,
      action: "campaign.created",
      targetType: "Campaign",
      targetId: id,
      data: { name: input.name },
      requestId: actor.requestId,
    });
    return created;
  });
  const started = await startCampaignLifecycle({
    tenantId: db.tenantId,
    campaignId: campaign.id,
    createdByUserId: actor.userId,
  }).then(
    () => true,
    (error: unknown) => {
      logger.warn({ err: error, campaignId: campaign.id }, "campaign saved; lifecycle start deferred");
      return false;
    },
  );
  return { ...campaign, workflowStarted: started };
}
