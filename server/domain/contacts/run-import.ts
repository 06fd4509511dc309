import "server-only";
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import type { CampaignStatus } from "@prisma/client";
import type pg from "pg";
import type { TenantDb } from "../../db/tenant-db";
import { withTenantPgTransaction } from "../../db/tenant-pg";
import { AppError } from "../../errors";
import { logger } from "../../logger";
import { isEditableStatus } from "../campaigns/editable-campaign";
import { CsvRecordSplitter, unclosedQuoteError } from "./csv-records";
import { type ImportCounts, type StoredMapping } from "../../shared/contacts/import-mapping";
import { createPieceParser, PIECE_BYTES, type PieceParser } from "./row-pool";
import { ChunkLoader, emptyChunk } from "./chunk-loader";
import { PieceNormalizer, type NormalizedPiece } from "./row-normalizer";
import { StageAssembler } from "./stage-assembler";

/** Test seams: a hook that runs after each piece of the file (throw from it to inject a failure). */
export interface ImportHooks {
  afterBatch?: (processedRows: number) => void | Promise<void>;
}

export interface RunImportParams {
  importId: string;
  campaignId: string;
  userId: string;
  requestId?: string;
  filePath: string;
  mapping: StoredMapping;
  hooks?: ImportHooks;
  /** Progress and cancellation are checked every this many rows. */
  progressEveryRows?: number;
  pieceParser?: PieceParser;
  /** Rows loaded into the database at a time while the next ones are parsed. */
  chunkRows?: number;
  /** Bytes read from the file at a time (each read becomes a piece for a worker); tests make it small. */
  readChunkBytes?: number;
}

export type ImportOutcome =
  | {
      status: "SUCCEEDED";
      listId: string;
      counts: ImportCounts;
      rows: number;
      rejected: number;
      phaseMs: Record<string, number>;
    }
  | { status: "FAILED" | "CANCELLED"; error: string };

export class ImportCancelledError extends Error {
  constructor() {
    super("The import was cancelled; nothing was stored and the previous list is still active.");
  }
}

/** How many pieces of the file may be normalizing at once. */
const IN_FLIGHT = 4;
/** Rows per trip to the database; two chunks are in memory at a time (one loading, one filling). */
const CHUNK_ROWS = 50_000;

/**
 * Runs one import to the end and records the outcome on ContactImport. Everything the import writes
 * (contacts, rejections, the new list, the switch of the campaign's active list, the import's final
 * status) happens in ONE transaction: a failure or a cancel leaves nothing behind.
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
    const cancelled = error instanceof ImportCancelledError;
    const message =
      cancelled || error instanceof AppError
        ? error.message
        : `The import failed; nothing was stored and the previous list is still active (reference ${params.importId}).`;
    if (cancelled) log.info("contact import cancelled");
    else if (error instanceof AppError) log.warn({ message }, "contact import rejected");
    else log.error({ err: error }, "contact import failed");
    const status = cancelled ? "CANCELLED" : "FAILED";
    await db.tx((tx) =>
      tx.contactImport.update({
        where: { id: params.importId },
        data: { status, error: message, finishedAt: new Date() },
      }),
    );
    return { status, error: message };
  }
}

async function importInTransaction(db: TenantDb, params: RunImportParams) {
  const { mapping } = params;
  const assembler = new StageAssembler();
  const listId = randomUUID();
  const progress = new ProgressTracker(db, params.importId);
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
      await checkCampaign(client, params.campaignId);
      await client.query(
        `INSERT INTO "ContactList" ("id", "tenantId", "campaignId", "fields", "rowCount") VALUES ($1, $2, $3, $4, 0)`,
        [listId, db.tenantId, params.campaignId, PieceNormalizer.customFields(mapping)],
      );
      await ChunkLoader.createStage(client);
      phase("setup");
      progress.startWatching();
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
    await progress.stopWatching().catch(() => undefined);
    await pieceParser.close().catch(() => undefined);
  }
}

async function checkCampaign(client: pg.Client, campaignId: string) {
  const { rows } = await client.query<{ status: CampaignStatus }>(`SELECT "status" FROM "Campaign" WHERE "id" = $1`, [
    campaignId,
  ]);
  if (!rows[0]) throw new AppError("NOT_FOUND", "Campaign not found");
  if (!isEditableStatus(rows[0].status))
    throw new AppError("PRECONDITION_FAILED", "The contact list can only be replaced while the campaign is a draft.");
  // One import per campaign at a time; held until this transaction ends.
  const { rows: lock } = await client.query<{ ok: boolean }>(
    "SELECT pg_try_advisory_xact_lock(hashtext('contact-import:' || $1)) AS ok",
    [campaignId],
  );
  if (!lock[0]!.ok)
    throw new AppError("CONFLICT", "Another import for this campaign is running. Wait for it to finish or cancel it.");
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
    for await (const data of createReadStream(params.filePath, {
      highWaterMark: params.readChunkBytes ?? PIECE_BYTES,
    })) {
      send(splitter.push(decode(data as Buffer)));
      while (inFlight.length >= IN_FLIGHT) await drainOne();
    }
    const tail = splitter.push(decode());
    send(tail + splitter.end());
    while (inFlight.length > 0) await drainOne();
    if (processed === 0) throw new AppError("BAD_REQUEST", "The file has a header row but no contact rows.");
    if (chunk.rows > 0) await flushChunk();
    await loader.settled();
    await progress.stopWatching();
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
 * Progress and cancellation through a separate short connection (the import's own transaction is
 * invisible to others until it commits). While rows are loaded a watcher polls the cancel flag and
 * cancels the running statement.
 */
class ProgressTracker {
  backendPid = 0;
  private cancelled = false;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: TenantDb,
    private readonly importId: string,
  ) {}

  get isCancelled() {
    return this.cancelled;
  }

  async report(processedRows: number) {
    const rows = await this.db.tx(
      (tx) =>
        tx.$queryRaw<
          { cancelRequested: boolean }[]
        >`UPDATE "ContactImport" SET "processedRows" = ${processedRows}, "heartbeatAt" = now(), "totalRows" = GREATEST("totalRows", ${processedRows}) WHERE "id" = ${this.importId} RETURNING "cancelRequested"`,
    );
    if (rows[0]?.cancelRequested) this.cancelled = true;
    this.throwIfCancelled();
  }

  throwIfCancelled() {
    if (this.cancelled) throw new ImportCancelledError();
  }

  startWatching() {
    this.timer = setInterval(() => {
      this.inFlight = this.inFlight.then(() => this.poll()).catch(() => undefined);
    }, 500);
  }

  async stopWatching() {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.inFlight;
    this.throwIfCancelled();
  }

  private async poll() {
    if (this.cancelled) return;
    const row = await this.db.tx((tx) =>
      tx.contactImport.findUnique({ where: { id: this.importId }, select: { cancelRequested: true } }),
    );
    if (!row?.cancelRequested) return;
    this.cancelled = true;
    await this.db.tx((tx) => tx.$queryRaw`SELECT pg_cancel_backend(${this.backendPid}::int)`);
  }
}
