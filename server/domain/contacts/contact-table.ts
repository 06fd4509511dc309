import "server-only";
import { Prisma } from "@prisma/client";
import type { z } from "zod";
import type { TenantDb } from "../../db/tenant-db";
import { notFound } from "../../errors";
import {
  displayPhone,
  readContactSearch,
  type contactListInput,
  type ContactSearch,
} from "../../shared/contacts/contact-table";

/**
 * Rows a search walks per request. The list has no search index (each one cost the import 14–32 s
 * per million rows, decision 72), so a search walks the list in key order and stops at a full page
 * or at this many rows, whichever comes first: each request stays well under a second at any size,
 * and the next page continues from where this one stopped.
 */
export const SEARCH_WINDOW_ROWS = 200_000;

interface ContactRow {
  rowNumber: number;
  firstName: string | null;
  lastName: string | null;
  phoneE164: string;
  email: string | null;
  country: string | null;
  region: string | null;
  timeZone: string | null;
  attempts: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function matchSql(search: ContactSearch): Prisma.Sql {
  switch (search.kind) {
    case "none":
      return Prisma.empty;
    case "phoneDigits":
      return Prisma.sql`AND strpos("phoneE164", ${search.digits}) > 0`;
    case "phoneExact":
      return Prisma.sql`AND "phoneE164" = ${search.e164}`;
    case "text": {
      const pattern = `${escapeLike(search.prefix)}%`;
      return Prisma.sql`AND (lower("lastName") LIKE ${pattern} OR lower("firstName") LIKE ${pattern} OR lower("email") LIKE ${pattern})`;
    }
  }
}

/**
 * One page of the campaign's active contact list, in file order, paged by key ((listId, rowNumber),
 * the primary key) rather than OFFSET, so page 20,000 costs what page 1 does. Only the core columns:
 * custom fields are not read. Phone numbers leave the server whole or masked, by the viewer's role.
 */
export async function listContacts(
  db: TenantDb,
  input: z.output<typeof contactListInput>,
  viewer: { wholeNumbers: boolean },
) {
  const { wholeNumbers } = viewer;
  return db.tx(async (tx) => {
    const campaign = await tx.campaign.findUnique({
      where: { id: input.campaignId },
      select: { activeContactListId: true },
    });
    if (!campaign) throw notFound("Campaign");
    const listId = campaign.activeContactListId;
    const empty = { listSize: 0, rows: [], nextAfter: null, searchedThrough: null, phoneMasked: !wholeNumbers };
    if (!listId) return { ...empty, hasList: false };
    const list = await tx.contactList.findUnique({ where: { id: listId }, select: { rowCount: true } });
    const listSize = list?.rowCount ?? 0;
    const search = readContactSearch(input.search, wholeNumbers);
    if (search.kind === "phoneExact" && !search.e164) return { ...empty, hasList: true, listSize };

    const windowEnd = search.kind === "none" ? null : input.after + SEARCH_WINDOW_ROWS;
    const found = await tx.$queryRaw<ContactRow[]>`
      SELECT "rowNumber", "firstName", "lastName", "phoneE164", "email", "country", "region", "timeZone", "attempts"
      FROM "Contact"
      WHERE "listId" = ${listId} AND "rowNumber" > ${input.after}
        ${windowEnd === null ? Prisma.empty : Prisma.sql`AND "rowNumber" <= ${windowEnd}`}
        ${matchSql(search)}
      ORDER BY "rowNumber"
      LIMIT ${input.pageSize + 1}`;

    const page = found.slice(0, input.pageSize);
    let nextAfter: number | null = found.length > input.pageSize ? page.at(-1)!.rowNumber : null;
    let searchedThrough: number | null = null;
    if (nextAfter === null && windowEnd !== null) {
      // The window ended before the page filled: more rows to search after it?
      const [last] = await tx.$queryRaw<{ max: number | null }[]>`
        SELECT max("rowNumber") AS max FROM "Contact" WHERE "listId" = ${listId}`;
      if (last?.max != null && last.max > windowEnd) [nextAfter, searchedThrough] = [windowEnd, windowEnd];
    }
    return {
      hasList: true,
      listSize,
      rows: page.map((r) => ({
        rowNumber: r.rowNumber,
        firstName: r.firstName,
        lastName: r.lastName,
        phone: displayPhone(r.phoneE164, wholeNumbers),
        email: r.email,
        country: r.country,
        region: r.region,
        timeZone: r.timeZone,
        attempts: r.attempts,
      })),
      nextAfter,
      searchedThrough,
      phoneMasked: !wholeNumbers,
    };
  });
}
