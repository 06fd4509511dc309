import "server-only";
import type { CampaignStatus } from "@prisma/client";
import type { Tx } from "../../db/tenant-db";
import { AppError, notFound } from "../../errors";
import { isEditableStatus } from "../../shared/campaigns/editable-status";

export { EDITABLE_STATUSES, isEditableStatus } from "../../shared/campaigns/editable-status";

export function notEditable(status: CampaignStatus) {
  return new AppError(
    "PRECONDITION_FAILED",
    `This campaign is ${status.toLowerCase()}; it can't be changed until it is back in draft.`,
    { status },
  );
}

/** A contact list is replaced only while its campaign can be edited (upload, import start and run). */
export const contactListNotReplaceable = () =>
  new AppError("PRECONDITION_FAILED", "The contact list can only be replaced while the campaign is a draft.");

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
