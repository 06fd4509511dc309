import "server-only";
import { randomUUID } from "node:crypto";
import type { CampaignStatus } from "@prisma/client";
import type pg from "pg";
import type { TenantDb } from "../../db/tenant-db";
import { withTenantPgTransaction } from "../../db/tenant-pg";
import { AppError } from "../../errors";
import { logger } from "../../logger";
import { contactListNotReplaceable, isEditableStatus } from "../campaigns/editable-campaign";
import { CsvRecordSplitter, RecordTooLongError, unclosedQuoteError } from "./csv-records";
import { type ImportCounts, type StoredMapping } from "../../shared/contacts/import-mapping";
import { createPieceParser, PIECE_BYTES, type PieceParser } from "./row-pool";
import { ChunkLoader, emptyChunk } from "./chunk-loader";
import { PieceNormalizer, type NormalizedPiece } from "./row-normalizer";
import { StageAssembler } from "./stage-assembler";
import { deleteUploadIn, readUploadContent } from "./uploads";
import {
  finishedImportOutcome,
  ImportCancelledError,
  ImportFinishedError,
  recordImportEnd,
  type ImportOutcome,
} from "./import-outcome";

/** Test seams: a hook that runs after each piece of the file (throw from it to inject a failure). */
export interface ImportHooks {
  afterBatch?: (processedRows: number) => void | Promise<void>;
}

export interface RunImportParams {
  importId: string;
  campaignId: string;
  userId: string;
  requestId?: string;
  /** The stored file (ContactUpload); deleted in the import's transaction when it succeeds. */
  uploadId: string;
  mapping: StoredMapping;
  hooks?: ImportHooks;
  /** Called with the rows read so far at every progress report (the activity heartbeats from it). */
  onProgress?: (processedRows: number) => void;
  /** Aborting it cancels the import (the activity passes Temporal's cancellation signal). */
  signal?: AbortSignal;
  /** Progress is written every this many rows. */
  progressEveryRows?: number;
  pieceParser?: PieceParser;
  /** Rows loaded into the database at a time while the next ones are parsed. */
  chunkRows?: number;
  /** Bytes read from the file at a time (each read becomes a piece for a worker); tests make it small. */
  readChunkBytes?: number;
}

/** How many pieces of the file may be normalizing at once. */
const IN_FLIGHT = 4;
/** Rows per trip to the database; two chunks are in memory at a time (one loading, one filling). */
const CHUNK_ROWS = 50_000;

/**
 * Runs one import to the end and records the outcome on ContactImport. Everything the import writes
 * (contacts, rejections, the new list, the switch of the campaign's active list, the import's final
 * status, the deletion of its upload) happens in ONE transaction: a failure, a cancel or a killed
 * process leaves nothing behind.
 *
 * The person's mistakes (an unreadable file, a campaign no longer a draft) and a cancel are final:
 * recorded as FAILED or CANCELLED and returned. Anything else (a lost connection, a crash) is thrown
 * with the import still RUNNING, so that the activity's retry runs it again from the stored file.
 */
export async function runContactImport(db: TenantDb, params: RunImportParams): Promise<ImportOutcome> {
  const log = logger.child({ tenantId: db.tenantId, importId: params.importId, campaignId: params.campaignId });
  const started = Date.now();
  try {
    const result = await importInTransaction(db, params);
    log.info(
      { ms: Date.now() - started, rows: result.rows, counts: result.counts, phaseMs: result.phaseMs },
      "contact import succeeded",
    );
    return { status: "SUCCEEDED", ...result };
  } catch (error) {
    // A retry that found the import already committed by an attempt the server had given up on.
    if (error instanceof ImportFinishedError) return finishedImportOutcome(db, params.importId);
    const cancelled = error instanceof ImportCancelledError;
    if (!cancelled && !(error instanceof AppError)) {
      log.error({ err: error }, "contact import attempt failed; it will be retried");
      throw error;
    }
    if (cancelled) log.info("contact import cancelled");
    else log.warn({ message: error.message }, "contact import rejected");
    const status = cancelled ? "CANCELLED" : "FAILED";
    await recordImportEnd(db, params.importId, status, error.message);
    return { status, error: error.message };
  }
}

async function importInTransaction(db: TenantDb, params: RunImportParams) {
  const { mapping } = params;
  const assembler = new StageAssembler();
  const listId = randomUUID();
  const progress = new ProgressTracker(db, params.importId, params.onProgress, params.signal);
  const pieceParser = params.pieceParser ?? createPieceParser(mapping);
  const phaseMs: Record<string, number> = {};
  let mark = Date.now();
  const phase = (name: string) => {
    phaseMs[name] = Date.now() - mark;
    mark = Date.now();
  };
  try {
    return await withTenantPgTransaction(db.tenantId, async (client) => {
      const { rows: pidRows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
      progress.backendPid = pidRows[0]!.pid;
      progress.throwIfCancelled();
      await checkCampaign(client, params.campaignId, params.importId);
      await client.query(
        `INSERT INTO "ContactList" ("id", "tenantId", "campaignId", "fields", "rowCount") VALUES ($1, $2, $3, $4, 0)`,
        [listId, db.tenantId, params.campaignId, PieceNormalizer.customFields(mapping)],
      );
      await ChunkLoader.createStage(client);
      phase("setup");
      await progress.report(0); // a retried attempt starts again from the first row
      const stored = await streamToContacts(
        client,
        db.tenantId,
        params,
        listId,
        assembler,
        pieceParser,
        progress,
        phaseMs,
      );
      phase("pipeline");
      await activateList(client, params.campaignId, listId, stored.valid);
      // Stored contacts make the file redundant; a failed import keeps it for another try.
      await deleteUploadIn(client, params.uploadId);
      const rows = stored.rows;
      const counts: ImportCounts = {
        ...assembler.counts,
        valid: stored.valid,
        dnc: stored.dnc,
        noTimeZone: stored.noTimeZone,
      };
      const rejected = counts.invalid + counts.duplicate + counts.dnc;
      await client.query(
        `UPDATE "ContactImport" SET "status" = 'SUCCEEDED', "listId" = $2, "counts" = $3, "processedRows" = $4, "totalRows" = $4, "error" = NULL, "finishedAt" = now() WHERE "id" = $1`,
        [params.importId, listId, JSON.stringify(counts), rows],
      );
      await client.query(
        `INSERT INTO "AuditLog" ("id", "tenantId", "actorUserId", "action", "targetType", "targetId", "data", "requestId") VALUES ($1, $2, $3, 'contacts.imported', 'Campaign', $4, $5, $6)`,
        [
          randomUUID(),
          db.tenantId,
          params.userId,
          params.campaignId,
          JSON.stringify({ importId: params.importId, listId, rows, ...counts }),
          params.requestId ?? null,
        ],
      );
      phase("record");
      return { listId, counts, rows, rejected, phaseMs };
    });
  } catch (error) {
    // A cancel that interrupted a statement surfaces as "canceling statement due to user request".
    if (progress.isCancelled) throw new ImportCancelledError();
    throw error;
  } finally {
    progress.stopWatching();
    await pieceParser.close().catch(() => undefined);
  }
}

async function checkCampaign(client: pg.Client, campaignId: string, importId: string) {
  // One import per campaign at a time, held until this transaction ends. Waiting (not failing) lets a
  // retry follow an attempt that is still finishing on a worker the server took for dead.
  await client.query("SELECT pg_advisory_xact_lock(hashtext('contact-import:' || $1))", [campaignId]);
  const { rows: own } = await client.query<{ status: string }>(`SELECT "status" FROM "ContactImport" WHERE "id" = $1`, [
    importId,
  ]);
  if (own[0]?.status !== "RUNNING" && own[0]?.status !== "PENDING") throw new ImportFinishedError();
  const { rows } = await client.query<{ status: CampaignStatus }>(`SELECT "status" FROM "Campaign" WHERE "id" = $1`, [
    campaignId,
  ]);
  if (!rows[0]) throw new AppError("NOT_FOUND", "Campaign not found");
  if (!isEditableStatus(rows[0].status)) throw contactListNotReplaceable();
}

/**
 * File → record-aligned pieces → worker threads (parse, normalize, COPY text) → duplicates and row
 * numbers in file order here → do-not-call check → staging table → Contact, streaming and
 * pipelined: every `chunkRows` rows the contacts' COPY text is loaded into the stage and moved on
 * into Contact, the rejections into ContactImportRejection (then the stage is emptied), while the
 * workers parse the next pieces. All database work runs on the import's one connection, inside
 * its one transaction, so a failure or cancel rolls it all back.
 */
async function streamToContacts(
  client: pg.Client,
  tenantId: string,
  params: RunImportParams,
  listId: string,
  assembler: StageAssembler,
  pieceParser: PieceParser,
  progress: ProgressTracker,
  phaseMs: Record<string, number>,
) {
  const splitter = new CsvRecordSplitter();
  let rowNumber = 1; // the header is row 1, as in a spreadsheet
  let processed = 0;
  let lastReport = 0;
  const inFlight: { index: number; piece: Promise<NormalizedPiece> }[] = [];
  let pieces = 0;
  const chunkRows = params.chunkRows ?? CHUNK_ROWS;
  let chunk = emptyChunk();
  const addMs = (name: string, since: number) => (phaseMs[name] = (phaseMs[name] ?? 0) + Date.now() - since);
  const loader = new ChunkLoader(
    client,
    { tenantId, importId: params.importId, listId },
    () => progress.throwIfCancelled(),
    addMs,
  );

  const flushChunk = async () => {
    const full = chunk;
    chunk = emptyChunk();
    await loader.load(full);
  };
  let startOfFile = true;
  const send = (text: string) => {
    // Blank lines before the header would make the header piece empty.
    if (startOfFile) text = text.replace(/^(\r?\n|\r)+/, "");
    if (!text) return;
    const index = pieces++;
    const piece = pieceParser.normalize(text, startOfFile, index);
    piece.catch(() => undefined);
    inFlight.push({ index, piece });
    startOfFile = false;
  };
  const takePiece = async (index: number, piece: NormalizedPiece) => {
    if (piece.header && piece.header.length !== params.mapping.header.length)
      throw new AppError("BAD_REQUEST", "The file's columns no longer match the mapping. Upload the file again.");
    const firstRow = rowNumber + 1;
    if (piece.unclosedAt !== null) throw unclosedQuoteError(firstRow + piece.unclosedAt);
    assembler.addPiece(piece, firstRow, chunk.rejections);
    chunk.pieces.push(index);
    chunk.normalized.push(piece);
    chunk.bases.push(firstRow);
    chunk.rows += piece.rows;
    rowNumber += piece.rows;
    processed += piece.rows;
    if (chunk.rows >= chunkRows) await flushChunk();
    await params.hooks?.afterBatch?.(processed);
    if (processed - lastReport >= (params.progressEveryRows ?? 25_000)) {
      lastReport = processed;
      await progress.report(processed);
    }
  };
  const drainOne = async () => {
    const next = inFlight.shift()!;
    const t = Date.now();
    const piece = await next.piece;
    addMs("waitForWorkers", t);
    await takePiece(next.index, piece);
  };

  try {
    const decoder = new TextDecoder("utf-8", { fatal: true });
    const decode = (data?: Buffer) => {
      try {
        return data ? decoder.decode(data, { stream: true }) : decoder.decode();
      } catch {
        throw new AppError("BAD_REQUEST", "The file is not UTF-8 text. Re-save it as “CSV UTF-8” and upload it again.");
      }
    };
    const readBytes = params.readChunkBytes ?? PIECE_BYTES;
    try {
      for await (const stored of readUploadContent(tenantId, params.uploadId)) {
        for (let at = 0; at < stored.length; at += readBytes) {
          send(splitter.push(decode(stored.subarray(at, at + readBytes))));
          while (inFlight.length >= IN_FLIGHT) await drainOne();
        }
      }
      const tail = splitter.push(decode());
      send(tail + splitter.end());
    } catch (error) {
      if (!(error instanceof RecordTooLongError)) throw error;
      // The long record follows every record already sent: count those to name its row.
      while (inFlight.length > 0) await drainOne();
      throw error.atRow(rowNumber + 1);
    }
    while (inFlight.length > 0) await drainOne();
    if (processed === 0) throw new AppError("BAD_REQUEST", "The file has a header row but no contact rows.");
    if (chunk.rows > 0) await flushChunk();
    await loader.settled();
    await progress.report(processed);
    return { rows: processed, ...loader.totals };
  } catch (error) {
    // Let the chunk in the database finish or fail before the transaction rolls back.
    await loader.settled().catch(() => undefined);
    await Promise.allSettled(inFlight.map((p) => p.piece));
    throw error;
  }
}

/** Switches the campaign's active list to the new one. */
async function activateList(client: pg.Client, campaignId: string, listId: string, valid: number) {
  await client.query(`UPDATE "ContactList" SET "rowCount" = $2 WHERE "id" = $1`, [listId, valid]);
  await client.query(`UPDATE "Campaign" SET "activeContactListId" = $2, "updatedAt" = now() WHERE "id" = $1`, [
    campaignId,
    listId,
  ]);
}

/**
 * Progress through a separate short connection (the import's own transaction is invisible to others
 * until it commits), where the status procedure reads it, and to `onProgress` (the activity's
 * heartbeat). Cancellation arrives through `signal` (Temporal delivers it with a heartbeat's
 * response): the next check throws, and the statement running on the import's backend is cancelled.
 */
class ProgressTracker {
  backendPid = 0;
  private cancelled = false;
  private readonly onAbort = () => {
    this.cancelled = true;
    if (this.backendPid) void this.cancelBackend().catch(() => undefined);
  };

  constructor(
    private readonly db: TenantDb,
    private readonly importId: string,
    private readonly onProgress?: (processedRows: number) => void,
    private readonly signal?: AbortSignal,
  ) {
    if (signal?.aborted) this.cancelled = true;
    else signal?.addEventListener("abort", this.onAbort, { once: true });
  }

  get isCancelled() {
    return this.cancelled;
  }

  async report(processedRows: number) {
    this.onProgress?.(processedRows);
    this.throwIfCancelled();
    await this.db.tx(
      (tx) =>
        tx.$executeRaw`UPDATE "ContactImport" SET "processedRows" = ${processedRows}, "totalRows" = GREATEST("totalRows", ${processedRows}) WHERE "id" = ${this.importId}`,
    );
  }

  throwIfCancelled() {
    if (this.cancelled) throw new ImportCancelledError();
  }

  stopWatching() {
    this.signal?.removeEventListener("abort", this.onAbort);
  }

  private async cancelBackend() {
    await this.db.tx((tx) => tx.$queryRaw`SELECT pg_cancel_backend(${this.backendPid}::int)`);
  }
}
