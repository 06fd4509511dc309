import "server-only";
import type { CampaignStatus } from "@prisma/client";
import type { Tx } from "../../db/tenant-db";
import { AppError, notFound } from "../../errors";
import { transitionRefusal } from "../../shared/campaign-status-transitions";
import { recordAudit } from "../audit/record-audit";

/** Throws CONFLICT, with the rule's explanation, unless `from → to` is a legal status change. */
export function assertTransition(from: CampaignStatus, to: CampaignStatus) {
  const refusal = transitionRefusal(from, to);
  if (refusal) throw new AppError("CONFLICT", refusal, { status: from, to });
}

export interface LifecycleTransition {
  campaignId: string;
  /** The statuses the workflow expects the campaign to be in; each must be allowed to move to `to`. */
  from: CampaignStatus[];
  to: CampaignStatus;
  /** Why the workflow moves it, for the audit trail ("start date reached"). */
  reason: string;
}

/**
 * A change the lifecycle workflow makes on its own (the start date is reached, the end date has
 * passed): the status and its audit row in one transaction, with the row locked. Idempotent: a
 * campaign already in `to` (a retry after the first attempt committed) is left alone, so no second
 * audit row. A campaign in neither `from` nor `to` was moved by someone else meanwhile: nothing is
 * written, and the workflow re-reads it.
 */
export async function applyLifecycleTransition(
  tx: Tx,
  tenantId: string,
  t: LifecycleTransition,
): Promise<{ status: CampaignStatus; changed: boolean }> {
  for (const from of t.from) assertTransition(from, t.to);
  const rows = await tx.$queryRaw<{ status: CampaignStatus }[]>`
    SELECT "status" FROM "Campaign" WHERE "id" = ${t.campaignId} FOR UPDATE`;
  const current = rows[0]?.status;
  if (!current) throw notFound("Campaign");
  if (current === t.to || !t.from.includes(current)) return { status: current, changed: false };
  await tx.campaign.update({ where: { id: t.campaignId }, data: { status: t.to } });
  await recordAudit(tx, {
    tenantId,
    actorUserId: null,
    action: `campaign.${t.to.toLowerCase()}`,
    targetType: "Campaign",
    targetId: t.campaignId,
    data: { from: current, to: t.to, reason: t.reason, by: "campaign lifecycle" },
  });
  return { status: t.to, changed: true };
}
