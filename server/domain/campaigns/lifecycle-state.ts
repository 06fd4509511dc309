import "server-only";
import type { CampaignStatus } from "@prisma/client";
import type { TenantDb } from "../../db/tenant-db";
import { notFound } from "../../errors";
import { startOfDayInZone } from "../review/start-time";

export interface LifecycleState {
  status: CampaignStatus;
  /** The submission waiting for a decision (status SUBMITTED). */
  pendingSubmissionId: string | null;
  /** The latest decided submission, whose email the workflow sends. */
  latestDecision: { submissionId: string; decision: "approved" | "rejected" } | null;
  /** Epoch ms of 00:00 on the start date in the organization's zone: the campaign starts then. */
  startAt: number | null;
  /** Epoch ms of 00:00 on the day after the end date in the organization's zone: it completes then. */
  endAt: number | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** What the lifecycle workflow needs to know about its campaign; the row is the truth it follows. */
export function loadLifecycleState(db: TenantDb, campaignId: string): Promise<LifecycleState> {
  return db.tx(async (tx) => {
    const campaign = await tx.campaign.findUnique({
      where: { id: campaignId },
      select: { status: true, startDate: true, endDate: true, organization: { select: { timeZone: true } } },
    });
    if (!campaign) throw notFound("Campaign");
    const latest = await tx.campaignSubmission.findFirst({
      where: { campaignId },
      orderBy: { submittedAt: "desc" },
      select: { id: true, decision: true },
    });
    const zone = campaign.organization.timeZone;
    return {
      status: campaign.status,
      pendingSubmissionId: latest && latest.decision === null ? latest.id : null,
      latestDecision:
        latest?.decision != null
          ? { submissionId: latest.id, decision: latest.decision === "APPROVED" ? "approved" : "rejected" }
          : null,
      startAt: campaign.startDate ? startOfDayInZone(isoDate(campaign.startDate), zone) : null,
      endAt: campaign.endDate ? startOfDayInZone(isoDate(new Date(campaign.endDate.getTime() + DAY_MS)), zone) : null,
    };
  });
}
