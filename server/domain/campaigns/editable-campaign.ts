import type { CampaignStatus } from "@prisma/client";
import type { Tx } from "../../db/tenant-db";
import { AppError, notFound } from "../../errors";

/** A client edits a campaign only while it is a draft, or after a rejection to fix it. */
export const EDITABLE_STATUSES: readonly CampaignStatus[] = ["DRAFT", "REJECTED"];

export const isEditableStatus = (status: CampaignStatus) => EDITABLE_STATUSES.includes(status);

export function notEditable(status: CampaignStatus) {
  return new AppError(
    "PRECONDITION_FAILED",
    `This campaign is ${status.toLowerCase()}; it can't be changed until it is back in draft.`,
    { status },
  );
}

/**
 * Locks the campaign row for the rest of the transaction and checks it can be edited. RLS hides
 * other tenants' campaigns, so theirs answer NOT_FOUND.
 */
export async function lockEditableCampaign(tx: Tx, campaignId: string) {
  const rows = await tx.$queryRaw<{ id: string; status: CampaignStatus; wizardStep: number }[]>`
    SELECT "id", "status", "wizardStep" FROM "Campaign" WHERE "id" = ${campaignId} FOR UPDATE`;
  const campaign = rows[0];
  if (!campaign) throw notFound("Campaign");
  if (!isEditableStatus(campaign.status)) throw notEditable(campaign.status);
  return campaign;
}
