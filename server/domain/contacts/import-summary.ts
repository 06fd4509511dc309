import "server-only";
import type { TenantDb } from "../../db/tenant-db";
import { notFound } from "../../errors";
import { importCountsSchema } from "../../shared/contacts/import-mapping";

export interface ImportSummary {
  /** The active list, or null when the campaign has none yet (then every count is 0). */
  listId: string | null;
  listSize: number;
  valid: number;
  invalid: number;
  duplicate: number;
  dnc: number;
  noTimeZone: number;
}

/** Pre-flight counts for the campaign's ACTIVE list, from the import that built it. */
export async function importSummary(db: TenantDb, campaignId: string): Promise<ImportSummary> {
  return db.tx(async (tx) => {
    const campaign = await tx.campaign.findUnique({ where: { id: campaignId }, select: { activeContactListId: true } });
    if (!campaign) throw notFound("Campaign");
    const listId = campaign.activeContactListId;
    if (!listId) return { listId: null, listSize: 0, valid: 0, invalid: 0, duplicate: 0, dnc: 0, noTimeZone: 0 };
    const [list, source] = await Promise.all([
      tx.contactList.findUnique({ where: { id: listId }, select: { rowCount: true } }),
      tx.contactImport.findFirst({ where: { campaignId, listId, status: "SUCCEEDED" }, select: { counts: true } }),
    ]);
    const counts = importCountsSchema.parse(
      source?.counts ?? { valid: list?.rowCount ?? 0, invalid: 0, duplicate: 0, dnc: 0, noTimeZone: 0 },
    );
    return { listId, listSize: list?.rowCount ?? 0, ...counts };
  });
}

/** Contacts of the active list grouped by time zone (null = no time zone), largest group first. */
export async function contactTimeZones(
  db: TenantDb,
  campaignId: string,
): Promise<{ timeZone: string | null; count: number }[]> {
  return db.tx(
    async (tx) => {
      const campaign = await tx.campaign.findUnique({
        where: { id: campaignId },
        select: { activeContactListId: true },
      });
      if (!campaign) throw notFound("Campaign");
      if (!campaign.activeContactListId) return [];
      const groups = await tx.contact.groupBy({
        by: ["timeZone"],
        where: { listId: campaign.activeContactListId },
        _count: { _all: true },
      });
      return groups.map((g) => ({ timeZone: g.timeZone, count: g._count._all })).sort((a, b) => b.count - a.count);
    },
    { timeout: 60_000 },
  );
}
