import type { TenantDb } from "../../db/tenant-db";
import { notFound } from "../../errors";
import { workflowStatus } from "../../workflows/temporal-client";

const campaignSummary = { id: true, name: true, description: true, status: true, workflowId: true, createdAt: true, updatedAt: true } as const;

export async function listCampaigns(db: TenantDb) {
  const campaigns = await db.tx((tx) => tx.campaign.findMany({ orderBy: { createdAt: "desc" }, take: 200, select: campaignSummary }));
  const statuses = await Promise.all(campaigns.map((c) => workflowStatus(c.workflowId)));
  return campaigns.map((c, i) => ({ ...c, workflowStatus: statuses[i]! }));
}

export async function getCampaign(db: TenantDb, campaignId: string) {
  const campaign = await db.tx((tx) => tx.campaign.findUnique({ where: { id: campaignId }, select: campaignSummary }));
  if (!campaign) throw notFound("Campaign");
  return { ...campaign, workflowStatus: await workflowStatus(campaign.workflowId) };
}
