import "server-only";
import type { Prisma } from "@prisma/client";
import type { TenantDb } from "../../db/tenant-db";
import { AppError, notFound } from "../../errors";
import { logger } from "../../logger";
import { contactListNotReplaceable, isEditableStatus } from "../campaigns/editable-campaign";
import { csvLine } from "./csv-text";
import {
  importCountsSchema,
  mappingProblem,
  storedMappingSchema,
  type ImportMapping,
  type StoredMapping,
} from "../../shared/contacts/import-mapping";
import { finishedImportOutcome, ImportCancelledError, recordImportEnd, type ImportOutcome } from "./import-outcome";
import {
  cancelImportWorkflow,
  importWorkflowResult,
  importWorkflowRunning,
  startImportWorkflow,
} from "./import-workflow";
import { loadUpload } from "./uploads";

const INTERRUPTED = "The import was interrupted; nothing was stored. Start it again.";
const BUSY = "Another import for this campaign is running. Wait for it to finish or cancel it.";

/**
 * Checks the upload and mapping, records a RUNNING import and starts its workflow
 * (contact-import-<importId>), which runs the import on a worker as a Temporal activity. The UI
 * polls `status`; `waitForContactImport` waits for the end (tests, scripts).
 */
export async function startContactImport(
  db: TenantDb,
  actor: { userId: string; requestId?: string },
  input: { campaignId: string; uploadId: string; mapping: ImportMapping },
): Promise<{ importId: string }> {
  const upload = await loadUpload(db, input.campaignId, input.uploadId);
  if (input.mapping.columns.length !== upload.header.length)
    throw new AppError(
      "BAD_REQUEST",
      `The mapping has ${input.mapping.columns.length} columns but the file has ${upload.header.length}.`,
    );
  const problem = mappingProblem(upload.header, input.mapping.columns);
  if (problem) throw new AppError("BAD_REQUEST", problem);
  const mapping: StoredMapping = {
    header: upload.header,
    delimiter: upload.delimiter,
    columns: input.mapping.columns,
    defaultCountry: input.mapping.defaultCountry,
  };
  await closeLostImports(db, input.campaignId);
  const created = await db.tx(async (tx) => {
    const campaign = await tx.campaign.findUnique({ where: { id: input.campaignId }, select: { status: true } });
    if (!campaign) throw notFound("Campaign");
    if (!isEditableStatus(campaign.status)) throw contactListNotReplaceable();
    const running = await tx.contactImport.count({
      where: { campaignId: input.campaignId, status: { in: ["PENDING", "RUNNING"] } },
    });
    if (running > 0) throw new AppError("CONFLICT", BUSY);
    return tx.contactImport.create({
      data: {
        tenantId: db.tenantId,
        campaignId: input.campaignId,
        status: "RUNNING",
        fileName: upload.fileName,
        fileSize: upload.size,
        mapping,
        totalRows: upload.estimatedRows,
        uploadId: upload.uploadId,
        createdById: actor.userId,
      },
      select: { id: true },
    });
  });
  try {
    await startImportWorkflow({ tenantId: db.tenantId, importId: created.id, requestId: actor.requestId });
  } catch (error) {
    await recordImportEnd(db, created.id, "FAILED", "The import could not be started. Try again in a minute.");
    throw error;
  }
  return { importId: created.id };
}

/**
 * A RUNNING import whose workflow is gone (it was never started, or Temporal lost it) would block its
 * campaign for ever: Temporal is the truth about whether an import runs, so such a row is closed.
 * Asked only when a new import starts, for the campaign's few unfinished imports.
 */
async function closeLostImports(db: TenantDb, campaignId: string) {
  const unfinished = await db.tx((tx) =>
    tx.contactImport.findMany({
      where: { campaignId, status: { in: ["PENDING", "RUNNING"] } },
      select: { id: true },
    }),
  );
  for (const { id } of unfinished) {
    if (!(await importWorkflowRunning(id))) await recordImportEnd(db, id, "FAILED", INTERRUPTED);
  }
}

/** Waits until the import's workflow has ended and returns its outcome (tests and the benchmark). */
export async function waitForContactImport(db: TenantDb, importId: string): Promise<ImportOutcome> {
  try {
    return await importWorkflowResult(importId);
  } catch (error) {
    logger.debug({ err: error, importId }, "contact import workflow did not complete");
    return finishedImportOutcome(db, importId);
  }
}

const importSelect = {
  id: true,
  campaignId: true,
  status: true,
  fileName: true,
  fileSize: true,
  totalRows: true,
  processedRows: true,
  counts: true,
  error: true,
  cancelRequested: true,
  listId: true,
  createdAt: true,
  finishedAt: true,
} as const;

type ImportRow = Prisma.ContactImportGetPayload<{ select: typeof importSelect }>;
const present = (row: ImportRow) => {
  const counts = importCountsSchema.safeParse(row.counts);
  return { ...row, counts: counts.success ? counts.data : null };
};

export async function getImportStatus(db: TenantDb, importId: string) {
  const row = await db.tx((tx) => tx.contactImport.findUnique({ where: { id: importId }, select: importSelect }));
  if (!row) throw notFound("Import");
  return present(row);
}

/** The campaign's active list, the import that built it, and the latest import (which may be running or failed). */
export async function contactListState(db: TenantDb, campaignId: string) {
  return db.tx(async (tx) => {
    const campaign = await tx.campaign.findUnique({
      where: { id: campaignId },
      select: { status: true, activeContactListId: true },
    });
    if (!campaign) throw notFound("Campaign");
    const list = campaign.activeContactListId
      ? await tx.contactList.findUnique({
          where: { id: campaign.activeContactListId },
          select: { id: true, rowCount: true, fields: true, createdAt: true },
        })
      : null;
    const [latest, listImport] = await Promise.all([
      tx.contactImport.findFirst({ where: { campaignId }, orderBy: { createdAt: "desc" }, select: importSelect }),
      list ? tx.contactImport.findFirst({ where: { campaignId, listId: list.id }, select: importSelect }) : null,
    ]);
    return {
      campaignStatus: campaign.status,
      activeList: list,
      activeImport: listImport ? present(listImport) : null,
      latestImport: latest ? present(latest) : null,
    };
  });
}

/**
 * Cancels through Temporal: the workflow's cancel reaches the activity with its next heartbeat, and
 * the import's transaction rolls back. `cancelRequested` lets the portal show "Cancelling…" meanwhile.
 */
export async function cancelContactImport(db: TenantDb, importId: string) {
  await db.tx(async (tx) => {
    const { count } = await tx.contactImport.updateMany({
      where: { id: importId, status: { in: ["PENDING", "RUNNING"] } },
      data: { cancelRequested: true },
    });
    if (count === 0) {
      const exists = await tx.contactImport.findUnique({ where: { id: importId }, select: { status: true } });
      if (!exists) throw notFound("Import");
      throw new AppError("CONFLICT", `The import has already finished (${exists.status.toLowerCase()}).`);
    }
  });
  // No workflow means nothing is running it: close the row here.
  if (!(await cancelImportWorkflow(importId)))
    await recordImportEnd(db, importId, "CANCELLED", new ImportCancelledError().message);
  return { cancelRequested: true };
}

export async function listRejections(db: TenantDb, importId: string, limit: number) {
  return db.tx(async (tx) => {
    const found = await tx.contactImport.findUnique({ where: { id: importId }, select: { id: true } });
    if (!found) throw notFound("Import");
    const [total, rows] = await Promise.all([
      tx.contactImportRejection.count({ where: { importId } }),
      tx.contactImportRejection.findMany({
        where: { importId },
        orderBy: { rowNumber: "asc" },
        take: limit,
        select: { rowNumber: true, reason: true, raw: true },
      }),
    ]);
    return { total, rows: rows.map((r) => ({ rowNumber: r.rowNumber, reason: r.reason, raw: rawCells(r.raw) })) };
  });
}

const rawCells = (raw: Prisma.JsonValue): string[] =>
  Array.isArray(raw) ? raw.map((v) => (typeof v === "string" ? v : JSON.stringify(v))) : [];

/**
 * The rejected rows as CSV (row number, reason, then the original columns), streamed page by page.
 * Every cell is neutralized against spreadsheet formulas. Throws NOT_FOUND before the first line.
 */
export async function rejectedRowsCsv(
  db: TenantDb,
  importId: string,
): Promise<{ fileName: string; lines: AsyncGenerator<string> }> {
  const row = await db.tx((tx) =>
    tx.contactImport.findUnique({ where: { id: importId }, select: { fileName: true, mapping: true } }),
  );
  if (!row) throw notFound("Import");
  const mapping = storedMappingSchema.safeParse(row.mapping);
  const header = mapping.success ? mapping.data.header : [];
  async function* lines() {
    yield `\uFEFF${csvLine(["row", "reason", ...header])}\r\n`;
    let after = 0;
    for (;;) {
      const page = await db.tx((tx) =>
        tx.contactImportRejection.findMany({
          where: { importId, rowNumber: { gt: after } },
          orderBy: { rowNumber: "asc" },
          take: 5000,
          select: { rowNumber: true, reason: true, raw: true },
        }),
      );
      if (page.length === 0) return;
      yield page.map((r) => `${csvLine([String(r.rowNumber), r.reason, ...rawCells(r.raw)])}\r\n`).join("");
      after = page[page.length - 1]!.rowNumber;
    }
  }
  const base =
    row.fileName
      .replace(/\.[^.]*$/, "")
      .replace(/[^\w.-]+/g, "_")
      .slice(0, 80) || "contacts";
  return { fileName: `${base}-rejected-rows.csv`, lines: lines() };
}
