import "server-only";
import { isUtf8 } from "node:buffer";
import { randomBytes } from "node:crypto";
import type pg from "pg";
import { z } from "zod";
import { env } from "../../env";
import type { TenantDb } from "../../db/tenant-db";
import { streamInTenantPgTransaction, withTenantPgTransaction } from "../../db/tenant-pg";
import { AppError } from "../../errors";
import { parseCsvRecords, unclosedQuoteError } from "./csv-records";
import { detectDelimiter, firstLine, type Delimiter } from "./csv-text";
import { MAX_COLUMNS, MAX_VALUE_CHARS, suggestColumns, type ColumnTarget } from "../../shared/contacts/import-mapping";
import { findHeaderClash } from "../../shared/contacts/field-keys";
import { notCsvError, notCsvReason } from "./binary-files";

/** 100 MB by default (about 1.2M typical contact rows); CONTACT_UPLOAD_MAX_BYTES overrides it. */
export const uploadLimitBytes = (): number => env().CONTACT_UPLOAD_MAX_BYTES;

const formatKilobytes = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
export const formatMegabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/** An upload over the limit: 413 over HTTP. */
export class UploadTooLargeError extends AppError {
  constructor(readonly limitBytes: number) {
    super(
      "PAYLOAD_TOO_LARGE",
      `The file is larger than the ${formatMegabytes(limitBytes)} limit. Split it into smaller files or remove unused columns.`,
      { limitBytes },
    );
  }
}

/**
 * Uploads are kept this long when no import of them succeeded (a failed import keeps its file so
 * the person can fix the mapping and start again); a successful import deletes its upload at once.
 */
const UPLOAD_TTL_HOURS = 24;
const PREVIEW_ROWS = 10;
const PREVIEW_BYTES = 256 * 1024;
/** Bytes per ContactUploadChunk row: large enough for few rows, small enough to hold one at a time. */
export const STORED_CHUNK_BYTES = 1024 * 1024;
const UPLOAD_ID = /^[a-f0-9]{32}$/;

const uploadMetaSchema = z.object({
  uploadId: z.string(),
  campaignId: z.string(),
  fileName: z.string(),
  size: z.number().int(),
  delimiter: z.enum([",", ";"]),
  header: z.array(z.string()),
  estimatedRows: z.number().int(),
});
export type UploadMeta = z.infer<typeof uploadMetaSchema>;

export interface UploadPreview {
  uploadId: string;
  fileName: string;
  size: number;
  delimiter: Delimiter;
  header: string[];
  rows: string[][];
  suggestedColumns: ColumnTarget[];
  estimatedRows: number;
}

const encodingError = () =>
  new AppError(
    "BAD_REQUEST",
    "The file is not UTF-8 text. In Excel use “Save as → CSV UTF-8”, or re-save the file with UTF-8 encoding, then upload it again.",
  );

/**
 * Streams an upload into Postgres (ContactUpload + 1 MB ContactUploadChunk rows, one transaction, so
 * a refused file leaves nothing): enforces the size limit while reading, rejects anything that is
 * not UTF-8, and returns the header with the first rows so the person can map columns. At most one
 * chunk is held in memory.
 */
export async function storeUpload(input: {
  tenantId: string;
  campaignId: string;
  userId: string;
  fileName: string;
  body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  limitBytes?: number;
}): Promise<UploadPreview> {
  const limit = input.limitBytes ?? uploadLimitBytes();
  const uploadId = randomBytes(16).toString("hex");
  await sweepExpiredUploads(input.tenantId).catch(() => undefined);
  return withTenantPgTransaction(input.tenantId, async (client) => {
    await client.query(
      `INSERT INTO "ContactUpload" ("id", "tenantId", "campaignId", "createdById", "fileName") VALUES ($1, $2, $3, $4, $5)`,
      [uploadId, input.tenantId, input.campaignId, input.userId, input.fileName],
    );
    const chunks = new ChunkWriter(client, input.tenantId, uploadId);
    const utf8 = new Utf8Check();
    const headDecoder = new TextDecoder("utf-8", { fatal: true });
    let size = 0;
    let newlines = 0;
    let lastByte = 0;
    let head = "";
    for await (const chunk of input.body) {
      if (
        size === 0 &&
        chunk.length >= 2 &&
        ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))
      ) {
        throw new AppError("BAD_REQUEST", "The file is UTF-16 text. Save it as “CSV UTF-8” and upload it again.");
      }
      // Binary data (a workbook, a PDF, an image) is "not a CSV file", not an encoding problem.
      const binary = notCsvReason(chunk, size === 0);
      if (binary) throw notCsvError(binary);
      size += chunk.length;
      if (size > limit) throw new UploadTooLargeError(limit);
      if (!utf8.push(chunk)) throw encodingError();
      if (size - chunk.length < PREVIEW_BYTES)
        head += headDecoder.decode(chunk.subarray(0, PREVIEW_BYTES - (size - chunk.length)), { stream: true });
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) newlines++;
      lastByte = chunk[chunk.length - 1] ?? lastByte;
      await chunks.push(chunk);
    }
    if (!utf8.end()) throw encodingError();
    await chunks.end();
    const preview = readPreview(head, size);
    const lines = newlines + (lastByte === 10 || size === 0 ? 0 : 1);
    const estimatedRows = Math.max(preview.rows.length, lines - 1);
    await client.query(
      `UPDATE "ContactUpload" SET "size" = $2, "delimiter" = $3, "header" = $4, "estimatedRows" = $5 WHERE "id" = $1`,
      [uploadId, size, preview.delimiter, JSON.stringify(preview.header), estimatedRows],
    );
    return {
      uploadId,
      fileName: input.fileName,
      size,
      ...preview,
      suggestedColumns: suggestColumns(preview.header),
      estimatedRows,
    };
  });
}

/** Collects the body's pieces into STORED_CHUNK_BYTES rows; waits for each insert (backpressure). */
class ChunkWriter {
  private pending: Uint8Array[] = [];
  private bytes = 0;
  private seq = 0;

  constructor(
    private readonly client: pg.Client,
    private readonly tenantId: string,
    private readonly uploadId: string,
  ) {}

  async push(piece: Uint8Array) {
    this.pending.push(piece);
    this.bytes += piece.length;
    if (this.bytes >= STORED_CHUNK_BYTES) await this.flush();
  }

  async end() {
    if (this.bytes > 0) await this.flush();
  }

  private async flush() {
    const data = Buffer.concat(this.pending, this.bytes);
    this.pending = [];
    this.bytes = 0;
    // A Buffer parameter goes over the wire as binary bytea (no hex text).
    await this.client.query(
      `INSERT INTO "ContactUploadChunk" ("tenantId", "uploadId", "seq", "data") VALUES ($1, $2, $3, $4)`,
      [this.tenantId, this.uploadId, this.seq++, data],
    );
  }
}

/**
 * Checks that streamed bytes are UTF-8 without decoding them into strings (a 100 MB upload would
 * make 100 MB of garbage). A sequence cut by a chunk boundary is carried into the next chunk.
 */
class Utf8Check {
  private carry: Uint8Array = new Uint8Array(0);

  push(chunk: Uint8Array): boolean {
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const cut = incompleteTail(bytes);
    this.carry = bytes.slice(bytes.length - cut);
    return isUtf8(bytes.subarray(0, bytes.length - cut));
  }

  /** False when the file ends inside a multi-byte character. */
  end(): boolean {
    return this.carry.length === 0;
  }
}

/** How many bytes at the end start a multi-byte character that is not complete yet (0–3). */
function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

/** Header + first rows from the start of the file; also where an empty or header-only file is refused. */
function readPreview(head: string, size: number): { delimiter: Delimiter; header: string[]; rows: string[][] } {
  const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  if (size === 0 || text.trim() === "")
    throw new AppError(
      "BAD_REQUEST",
      "The file is empty. Upload a CSV file with a header row and one contact per row.",
    );
  const delimiter = detectDelimiter(firstLine(text));
  // Cut at the last newline so a half-read row does not show up in the preview.
  const wholeFile = size <= PREVIEW_BYTES;
  const complete = wholeFile ? text : text.slice(0, Math.max(text.lastIndexOf("\n"), firstLine(text).length));
  // The same parser as the import, so the preview shows what will be imported.
  const parsed = parseCsvRecords(complete, delimiter);
  if (parsed.unclosedAt !== null && wholeFile) throw unclosedQuoteError(parsed.unclosedAt + 1);
  const records = parsed.unclosedAt === null ? parsed.records : parsed.records.slice(0, parsed.unclosedAt);
  const [header, ...rows] = records;
  if (!header || header.every((h) => h.trim() === ""))
    throw new AppError(
      "BAD_REQUEST",
      "The file is empty. Upload a CSV file with a header row and one contact per row.",
    );
  if (header.length > MAX_COLUMNS)
    throw new AppError("BAD_REQUEST", `The file has ${header.length} columns; at most ${MAX_COLUMNS} are supported.`);
  const clash = findHeaderClash(header);
  if (clash) throw new AppError("BAD_REQUEST", clash.message, { columns: [header[clash.first], header[clash.second]] });
  // The preview window ended inside line 2: no contact row can be that long.
  if (rows.length === 0 && !wholeFile)
    throw new AppError(
      "BAD_REQUEST",
      `Line 2 is longer than ${formatKilobytes(PREVIEW_BYTES)}. A contact row holds at most ${MAX_COLUMNS} values of at most ${MAX_VALUE_CHARS} characters each: shorten line 2 (is a quote left open?) and upload the file again.`,
      { line: 2 },
    );
  if (rows.length === 0) throw new AppError("BAD_REQUEST", "The file has a header row but no contact rows.");
  return { delimiter, header: header.map((h) => h.trim()), rows: rows.slice(0, PREVIEW_ROWS) };
}

/** The stored upload for this tenant and campaign, or NOT_FOUND (RLS hides other tenants' uploads). */
export async function loadUpload(db: TenantDb, campaignId: string, uploadId: string): Promise<UploadMeta> {
  const missing = () => new AppError("NOT_FOUND", "Upload not found. It may have expired; upload the file again.");
  if (!UPLOAD_ID.test(uploadId)) throw missing();
  const row = await db.tx((tx) => tx.contactUpload.findUnique({ where: { id: uploadId } }));
  if (!row || row.campaignId !== campaignId) throw missing();
  const meta = uploadMetaSchema.safeParse({ ...row, uploadId: row.id });
  if (!meta.success) throw missing();
  return meta.data;
}

/**
 * The stored file's bytes in order, read on a connection of its own (the import's connection is
 * busy with its transaction). The next chunk is fetched while the caller works on this one.
 */
export function readUploadContent(tenantId: string, uploadId: string): AsyncGenerator<Buffer> {
  return streamInTenantPgTransaction(tenantId, async function* (client) {
    // Text format (bytea as hex): a per-query binary result on a text-mode connection goes through
    // a UTF-8 string in pg, which would replace the bytes of a file that is not UTF-8.
    const fetch = (seq: number) =>
      client.query<{ data: Buffer }>(`SELECT "data" FROM "ContactUploadChunk" WHERE "uploadId" = $1 AND "seq" = $2`, [
        uploadId,
        seq,
      ]);
    let next = fetch(0);
    for (let seq = 0; ; seq++) {
      const { rows } = await next;
      if (!rows[0]) return;
      next = fetch(seq + 1);
      next.catch(() => undefined); // awaited on the next turn, unless the reader stops early
      yield rows[0].data;
    }
  });
}

/** Deletes an upload and its content, inside the caller's transaction (the import's, on success). */
export async function deleteUploadIn(client: pg.Client, uploadId: string): Promise<void> {
  await client.query(`DELETE FROM "ContactUpload" WHERE "id" = $1`, [uploadId]);
}

/** This tenant's uploads past their retention that no running import still reads. */
async function sweepExpiredUploads(tenantId: string) {
  await withTenantPgTransaction(tenantId, (client) =>
    client.query(
      `DELETE FROM "ContactUpload" u WHERE u."createdAt" < now() - make_interval(hours => $1)
       AND NOT EXISTS (SELECT 1 FROM "ContactImport" i WHERE i."uploadId" = u."id" AND i."status" IN ('PENDING', 'RUNNING'))`,
      [UPLOAD_TTL_HOURS],
    ),
  );
}
