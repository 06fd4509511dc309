import "server-only";
import type { TenantDb, Tx } from "../../db/tenant-db";
import { notFound } from "../../errors";
import { campaignSettingsSelect, parseCampaignSettings } from "../../shared/campaigns/campaign-settings";
import { isEditableStatus } from "../campaigns/editable-campaign";
import { localParts } from "../../shared/local-time";
import { importCountsSchema } from "../../shared/contacts/import-mapping";
import { effectiveRatePlan } from "../pricing/rate-plans";
import { scriptIssuesForCampaign } from "../scripts/script-versions";
import { computePreflight, type PreflightFacts } from "./preflight";
import type { ContactPlaceGroup } from "./window-overlap";

const campaignColumns = {
  ...campaignSettingsSelect,
  id: true,
  tenantId: true,
  status: true,
  activeContactListId: true,
  workflowId: true,
  createdById: true,
  organization: { select: { timeZone: true } },
} as const;

/** The active list's import counts: the rows the import rejected, by reason. */
async function listFacts(tx: Tx, listId: string | null): Promise<PreflightFacts["list"]> {
  if (!listId) return null;
  const latest = await tx.contactImport.findFirst({
    where: { listId, status: "SUCCEEDED" },
    orderBy: { createdAt: "desc" },
    select: { totalRows: true, counts: true },
  });
  const counts = importCountsSchema.safeParse(latest?.counts);
  const c = counts.success ? counts.data : { valid: 0, invalid: 0, duplicate: 0, dnc: 0, noTimeZone: 0 };
  return { listSize: latest?.totalRows ?? 0, valid: c.valid, invalid: c.invalid, duplicate: c.duplicate, dnc: c.dnc };
}

/**
 * Place groups of the lists pre-flight has counted, by tenant and list. A list is written once, by
 * one import, and becomes active only when that import commits (docs/contact-import.md), so its
 * groups never change: counting 100k contacts again on every poll of the review step bought nothing.
 */
const placesByList = new Map<string, ContactPlaceGroup[]>();
const PLACES_CACHE_LISTS = 500;

/** Valid contacts by place: the window-overlap check runs once per group, not per contact. */
async function contactPlaces(tx: Tx, tenantId: string, listId: string | null): Promise<ContactPlaceGroup[]> {
  if (!listId) return [];
  const key = `${tenantId}/${listId}`;
  const cached = placesByList.get(key);
  if (cached) return cached;
  const rows = await tx.contact.groupBy({
    by: ["timeZone", "country", "region"],
    where: { listId },
    _count: { _all: true },
  });
  const places = rows.map((r) => ({
    timeZone: r.timeZone,
    country: r.country,
    region: r.region,
    count: r._count._all,
  }));
  if (placesByList.size >= PLACES_CACHE_LISTS) placesByList.delete(placesByList.keys().next().value!);
  placesByList.set(key, places);
  return places;
}

/** Loads the campaign and everything the pre-flight checks, in one transaction. */
export async function loadPreflightInTx(tx: Tx, tenantId: string, campaignId: string, now: Date) {
  const campaign = await tx.campaign.findUnique({ where: { id: campaignId }, select: campaignColumns });
  if (!campaign) throw notFound("Campaign");
  const settings = parseCampaignSettings(campaign);
  const listId = campaign.activeContactListId;
  const [list, places, script, escalationContacts, ratePlan] = await Promise.all([
    listFacts(tx, listId),
    contactPlaces(tx, tenantId, listId),
    scriptIssuesForCampaign(tx, campaignId),
    tx.escalationContact.count({ where: { campaignId } }),
    effectiveRatePlan(tx, tenantId).catch(() => null),
  ]);
  const facts: PreflightFacts = {
    settings,
    editable: isEditableStatus(campaign.status),
    today: localParts(campaign.organization.timeZone, now).date,
    now,
    list,
    places,
    script: script.version
      ? {
          versionId: script.version.id,
          version: script.version.version,
          status: script.version.status,
          hasEscalateStep: script.version.graph.steps.some((step) => step.kind === "escalate"),
          errors: script.errors,
          warnings: script.warnings,
        }
      : null,
    escalationContacts,
    ratePlan,
  };
  return { campaign, settings, preflight: computePreflight(facts) };
}

export function loadPreflight(db: TenantDb, campaignId: string, now = new Date()) {
  return db.tx((tx) => loadPreflightInTx(tx, db.tenantId, campaignId, now));
}
