import "server-only";
import { isUtf8 } from "node:buffer";
import { createHash, randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { once } from "node:events";
import { z } from "zod";
import { env } from "../../env";
import { AppError } from "../../errors";
import { parseCsvRecords, unclosedQuoteError } from "./csv-records";
import { detectDelimiter, firstLine, type Delimiter } from "./csv-text";
import { MAX_COLUMNS, suggestColumns, type ColumnTarget } from "../../shared/contacts/import-mapping";

/** 100 MB by default (about 1.2M typical contact rows); CONTACT_UPLOAD_MAX_BYTES overrides it. */
export const uploadLimitBytes = (): number => env().CONTACT_UPLOAD_MAX_BYTES;

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

/** Uploads older than this are swept; the mapping step is expected to take minutes, not days. */
const UPLOAD_TTL_MS = 24 * 60 * 60 * 1000;
const PREVIEW_ROWS = 10;
const PREVIEW_BYTES = 256 * 1024;

const uploadMetaSchema = z.object({
  uploadId: z.string(),
  tenantId: z.string(),
  campaignId: z.string(),
  userId: z.string(),
  fileName: z.string(),
  size: z.number().int(),
  delimiter: z.enum([",", ";"]),
  header: z.array(z.string()),
  estimatedRows: z.number().int(),
  createdAt: z.string(),
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

const uploadsRoot = () => env().CONTACT_UPLOAD_DIR ?? path.join(tmpdir(), "callwright-uploads");
/** Uploads live under a directory per tenant, so an id from another tenant never resolves. */
const tenantDir = (tenantId: string) =>
  path.join(uploadsRoot(), createHash("sha256").update(tenantId).digest("hex").slice(0, 32));
const UPLOAD_ID = /^[a-f0-9]{32}$/;

export const uploadFilePath = (tenantId: string, uploadId: string) =>
  path.join(tenantDir(tenantId), uploadId, "file.csv");

const encodingError = () =>
  new AppError(
    "BAD_REQUEST",
    "The file is not UTF-8 text. In Excel use “Save as → CSV UTF-8”, or re-save the file with UTF-8 encoding, then upload it again.",
  );

/**
 * Streams an upload to a temp file: enforces the size limit while reading, rejects anything that is
 * not UTF-8, and returns the header with the first rows so the person can map columns.
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
  const dir = path.join(tenantDir(input.tenantId), uploadId);
  await mkdir(dir, { recursive: true });
  await sweepExpired(input.tenantId).catch(() => undefined);
  const out = createWriteStream(path.join(dir, "file.csv"));
  const utf8 = new Utf8Check();
  const headDecoder = new TextDecoder("utf-8", { fatal: true });
  let size = 0;
  let newlines = 0;
  let lastByte = 0;
  let head = "";
  try {
    for await (const chunk of input.body) {
      if (
        size === 0 &&
        chunk.length >= 2 &&
        ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))
      ) {
        throw new AppError("BAD_REQUEST", "The file is UTF-16 text. Save it as “CSV UTF-8” and upload it again.");
      }
      size += chunk.length;
      if (size > limit) throw new UploadTooLargeError(limit);
      if (!utf8.push(chunk)) throw encodingError();
      if (size - chunk.length < PREVIEW_BYTES)
        head += headDecoder.decode(chunk.subarray(0, PREVIEW_BYTES - (size - chunk.length)), { stream: true });
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) newlines++;
      lastByte = chunk[chunk.length - 1] ?? lastByte;
      if (!out.write(chunk)) await once(out, "drain");
    }
    if (!utf8.end()) throw encodingError();
    out.end();
    await once(out, "finish");
    const preview = readPreview(head, size);
    const lines = newlines + (lastByte === 10 || size === 0 ? 0 : 1);
    const meta: UploadMeta = {
      uploadId,
      tenantId: input.tenantId,
      campaignId: input.campaignId,
      userId: input.userId,
      fileName: input.fileName,
      size,
      delimiter: preview.delimiter,
      header: preview.header,
      estimatedRows: Math.max(preview.rows.length, lines - 1),
      createdAt: new Date().toISOString(),
    };
    await writeFile(path.join(dir, "meta.json"), JSON.stringify(meta));
    return {
      uploadId,
      fileName: input.fileName,
      size,
      ...preview,
      suggestedColumns: suggestColumns(preview.header),
      estimatedRows: meta.estimatedRows,
    };
  } catch (error) {
    out.destroy();
    await rm(dir, { recursive: true, force: true });
    throw error;
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
  if (rows.length === 0) throw new AppError("BAD_REQUEST", "The file has a header row but no contact rows.");
  return { delimiter, header: header.map((h) => h.trim()), rows: rows.slice(0, PREVIEW_ROWS) };
}

/** The stored upload for this tenant and campaign, or NOT_FOUND. */
export async function loadUpload(
  tenantId: string,
  campaignId: string,
  uploadId: string,
): Promise<UploadMeta & { filePath: string }> {
  const missing = () => new AppError("NOT_FOUND", "Upload not found. It may have expired; upload the file again.");
  if (!UPLOAD_ID.test(uploadId)) throw missing();
  const dir = path.join(tenantDir(tenantId), uploadId);
  let meta: UploadMeta;
  try {
    meta = uploadMetaSchema.parse(JSON.parse(await readFile(path.join(dir, "meta.json"), "utf8")));
  } catch {
    throw missing();
  }
  if (meta.tenantId !== tenantId || meta.campaignId !== campaignId) throw missing();
  return { ...meta, filePath: path.join(dir, "file.csv") };
}

export async function deleteUpload(tenantId: string, uploadId: string): Promise<void> {
  if (UPLOAD_ID.test(uploadId)) await rm(path.join(tenantDir(tenantId), uploadId), { recursive: true, force: true });
}

async function sweepExpired(tenantId: string) {
  const root = tenantDir(tenantId);
  for (const name of await readdir(root)) {
    const info = await stat(path.join(root, name));
    if (Date.now() - info.mtimeMs > UPLOAD_TTL_MS) await rm(path.join(root, name), { recursive: true, force: true });
  }
}
