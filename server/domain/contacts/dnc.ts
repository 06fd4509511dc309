import "server-only";
import type { TenantDb } from "../../db/tenant-db";
import { AppError } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import { parseCsvRecords, unclosedQuoteError } from "./csv-records";
import { detectDelimiter, firstLine, stripBom } from "./csv-text";
import { normalizePhone } from "../../shared/phone";

type Actor = { userId: string; requestId?: string };

/** The tenant's own do-not-call numbers (the global list is operator-managed and only counted). */
export async function listDncNumbers(db: TenantDb, input: { search?: string; page: number; pageSize: number }) {
  const digits = input.search?.replace(/[^\d]/g, "") ?? "";
  const where = { tenantId: db.tenantId, ...(digits ? { phoneE164: { contains: digits } } : {}) };
  return db.tx(async (tx) => {
    const [total, entries, globalCount] = await Promise.all([
      tx.dncEntry.count({ where }),
      tx.dncEntry.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        skip: (input.page - 1) * input.pageSize,
        take: input.pageSize,
        select: { id: true, phoneE164: true, source: true, createdAt: true },
      }),
      tx.dncEntry.count({ where: { tenantId: null } }),
    ]);
    return { total, entries, globalCount, page: input.page, pageSize: input.pageSize };
  });
}

const invalidNumber = (value: string, country: string) =>
  new AppError(
    "BAD_REQUEST",
    `"${value}" is not a valid phone number${value.trim().startsWith("+") ? "" : ` (numbers without a + country code are read as ${country})`}.`,
  );

export async function addDncNumber(db: TenantDb, actor: Actor, input: { phone: string; defaultCountry: string }) {
  const phone = normalizePhone(input.phone.trim(), input.defaultCountry);
  if (!phone) throw invalidNumber(input.phone, input.defaultCountry);
  return db.tx(async (tx) => {
    const { count } = await tx.dncEntry.createMany({
      data: [{ tenantId: db.tenantId, phoneE164: phone.e164, source: "manual" }],
      skipDuplicates: true,
    });
    if (count > 0)
      await recordAudit(tx, {
        tenantId: db.tenantId,
        actorUserId: actor.userId,
        action: "dnc.added",
        targetType: "DncEntry",
        data: { phoneE164: phone.e164 },
        requestId: actor.requestId,
      });
    return { phoneE164: phone.e164, alreadyListed: count === 0 };
  });
}

export async function removeDncNumber(db: TenantDb, actor: Actor, input: { id: string }) {
  return db.tx(async (tx) => {
    const entry = await tx.dncEntry.findFirst({
      where: { id: input.id, tenantId: db.tenantId },
      select: { phoneE164: true },
    });
    if (!entry) throw new AppError("NOT_FOUND", "Do-not-call entry not found");
    await tx.dncEntry.delete({ where: { id: input.id } });
    await recordAudit(tx, {
      tenantId: db.tenantId,
      actorUserId: actor.userId,
      action: "dnc.removed",
      targetType: "DncEntry",
      targetId: input.id,
      data: { phoneE164: entry.phoneE164 },
      requestId: actor.requestId,
    });
    return { removed: true };
  });
}

export const DNC_UPLOAD_MAX_CHARS = 2_000_000;
export const DNC_UPLOAD_MAX_NUMBERS = 100_000;

/**
 * Numbers from a CSV (first column, or the column named like "phone") or plain text, one per line.
 * All or nothing: one bad line refuses the whole upload, listing the bad lines.
 */
export function parseDncText(text: string, defaultCountry: string): string[] {
  const clean = stripBom(text);
  if (clean.trim() === "") throw new AppError("BAD_REQUEST", "The file is empty. Put one phone number per line.");
  const delimiter = detectDelimiter(firstLine(clean));
  const parsed = parseCsvRecords(clean, delimiter);
  if (parsed.unclosedAt !== null) throw unclosedQuoteError(parsed.unclosedAt + 1);
  const records = parsed.records.map((record) => record.map((value) => value.trim()));
  let column = 0;
  let start = 0;
  const header = records[0] ?? [];
  const phoneColumn = header.findIndex((h) =>
    /^(phone|phone ?number|number|telephone|tel|mobile|msisdn)$/i.test(h.replace(/[_-]+/g, " ")),
  );
  if (phoneColumn >= 0) {
    column = phoneColumn;
    start = 1;
  } else if (header[0] && /[a-z]{3}/i.test(header[0]) && !normalizePhone(header[0], defaultCountry)) {
    start = 1; // a header row with another name
  }
  const numbers = new Set<string>();
  const bad: string[] = [];
  for (let i = start; i < records.length; i++) {
    const value = records[i]![column] ?? "";
    if (value === "") continue;
    const phone = normalizePhone(value, defaultCountry);
    if (phone) numbers.add(phone.e164);
    else bad.push(`line ${i + 1}: "${value.slice(0, 40)}"`);
  }
  if (bad.length > 0) {
    throw new AppError(
      "BAD_REQUEST",
      `${bad.length} line${bad.length === 1 ? " is" : "s are"} not a valid phone number, so nothing was added: ${bad.slice(0, 10).join(", ")}${bad.length > 10 ? ", …" : ""}.`,
      { badLines: bad.slice(0, 100) },
    );
  }
  if (numbers.size === 0) throw new AppError("BAD_REQUEST", "The file has no phone numbers.");
  if (numbers.size > DNC_UPLOAD_MAX_NUMBERS)
    throw new AppError(
      "BAD_REQUEST",
      `At most ${DNC_UPLOAD_MAX_NUMBERS.toLocaleString("en")} numbers per upload; split the file.`,
    );
  return [...numbers];
}

export async function uploadDncNumbers(
  db: TenantDb,
  actor: Actor,
  input: { text: string; defaultCountry: string; fileName?: string },
) {
  const numbers = parseDncText(input.text, input.defaultCountry);
  return db.tx(
    async (tx) => {
      let added = 0;
      for (let i = 0; i < numbers.length; i += 5000) {
        const { count } = await tx.dncEntry.createMany({
          data: numbers.slice(i, i + 5000).map((phoneE164) => ({ tenantId: db.tenantId, phoneE164, source: "upload" })),
          skipDuplicates: true,
        });
        added += count;
      }
      await recordAudit(tx, {
        tenantId: db.tenantId,
        actorUserId: actor.userId,
        action: "dnc.uploaded",
        targetType: "DncEntry",
        data: { fileName: input.fileName ?? null, numbers: numbers.length, added },
        requestId: actor.requestId,
      });
      return { numbers: numbers.length, added, alreadyListed: numbers.length - added };
    },
    { timeout: 60_000 },
  );
}
