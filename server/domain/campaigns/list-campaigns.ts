import "server-only";
import type { TenantDb, Tx } from "../../db/tenant-db";
import { notFound } from "../../errors";
import { quoteSchema } from "../pricing/quote";
import { nextStepFor } from "../submission/next-step";
import {
  campaignSettingsSelect,
  parseCampaignSettings,
  settingsComplete,
} from "../../shared/campaigns/campaign-settings";

const campaignSummary = {
  id: true,
  name: true,
  description: true,
  status: true,
  createdAt: true,
  updatedAt: true,
} as const;

const dashboardColumns = { ...campaignSummary, ...campaignSettingsSelect, activeContactListId: true } as const;

/** List sizes, latest quotes and whether a script exists, for many campaigns in three queries. */
async function dashboardFacts(tx: Tx, campaigns: { id: string; activeContactListId: string | null }[]) {
  const ids = campaigns.map((c) => c.id);
  const listIds = campaigns.flatMap((c) => (c.activeContactListId ? [c.activeContactListId] : []));
  const [lists, submissions, scripts] = await Promise.all([
    tx.contactList.findMany({ where: { id: { in: listIds } }, select: { id: true, rowCount: true } }),
    tx.campaignSubmission.findMany({
      where: { campaignId: { in: ids } },
      orderBy: { submittedAt: "desc" },
      distinct: ["campaignId"],
      select: { campaignId: true, quote: true },
    }),
    tx.script.findMany({ where: { campaignId: { in: ids }, versions: { some: {} } }, select: { campaignId: true } }),
  ]);
  return {
    listSize: new Map(lists.map((l) => [l.id, l.rowCount])),
    quote: new Map(submissions.map((s) => [s.campaignId, quoteSchema.safeParse(s.quote).data ?? null])),
    hasScript: new Set(scripts.map((s) => s.campaignId)),
  };
}

/**
 * The client dashboard: each campaign with its status, list size, latest quote and next step. It
 * reads the database only: the Campaign row's status is the truth, and the lifecycle workflow's
 * own state is never shown (nor is a lost lifecycle started here: the reconciler does that).
 */
export async function listCampaigns(db: TenantDb) {
  const { campaigns, facts } = await db.tx(async (tx) => {
    const campaigns = await tx.campaign.findMany({
      orderBy: { createdAt: "desc" },
      take: 200,
      select: dashboardColumns,
    });
    return { campaigns, facts: await dashboardFacts(tx, campaigns) };
  });
  return campaigns.map((c) => {
    const listSize = c.activeContactListId ? (facts.listSize.get(c.activeContactListId) ?? null) : null;
    const quote = facts.quote.get(c.id) ?? null;
    return {
      id: c.id,
      name: c.name,
      description: c.description,
      status: c.status,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
      listSize,
      quote: quote ? { amountMinor: quote.amountMinor, currency: quote.currency, agentHours: quote.agentHours } : null,
      nextStep: nextStepFor({
        status: c.status,
        hasSettings: settingsComplete(parseCampaignSettings(c)),
        hasList: listSize !== null,
        hasScript: facts.hasScript.has(c.id),
      }),
    };
  });
}

export async function getCampaign(db: TenantDb, campaignId: string) {
  const campaign = await db.tx((tx) => tx.campaign.findUnique({ where: { id: campaignId }, select: campaignSummary }));
  if (!campaign) throw notFound("Campaign");
  return campaign;
}
