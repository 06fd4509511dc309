import "server-only";
import type { TenantDb } from "../../db/tenant-db";
import { notFound } from "../../errors";
import { parseCampaignSettings, settingsComplete } from "../../shared/campaigns/campaign-settings";
import { quoteSchema } from "../pricing/quote";
import { nextStepFor } from "./next-step";

/** The overview's status panel: the latest submission, its decision and comment, and the next step. */
export function campaignSubmissionStatus(db: TenantDb, campaignId: string) {
  return db.tx(async (tx) => {
    const campaign = await tx.campaign.findUnique({ where: { id: campaignId } });
    if (!campaign) throw notFound("Campaign");
    const [latest, scriptVersions, list] = await Promise.all([
      tx.campaignSubmission.findFirst({
        where: { campaignId },
        orderBy: { submittedAt: "desc" },
        select: { id: true, submittedAt: true, decision: true, reviewComment: true, reviewedAt: true, quote: true },
      }),
      tx.scriptVersion.count({ where: { script: { campaignId } } }),
      campaign.activeContactListId
        ? tx.contactList.findUnique({ where: { id: campaign.activeContactListId }, select: { rowCount: true } })
        : null,
    ]);
    const settings = parseCampaignSettings(campaign);
    const quote = latest ? quoteSchema.safeParse(latest.quote) : null;
    return {
      status: campaign.status,
      submittedAt: campaign.submittedAt,
      approvedAt: campaign.approvedAt,
      startDate: settings.startDate,
      endDate: settings.endDate,
      listSize: list?.rowCount ?? null,
      latestSubmission: latest
        ? {
            id: latest.id,
            submittedAt: latest.submittedAt,
            decision: latest.decision,
            reviewComment: latest.reviewComment,
            reviewedAt: latest.reviewedAt,
            quote: quote?.success ? quote.data : null,
          }
        : null,
      nextStep: nextStepFor({
        status: campaign.status,
        hasSettings: settingsComplete(settings),
        hasList: list !== null,
        hasScript: scriptVersions > 0,
      }),
    };
  });
}
