import "server-only";
import type { TenantDb } from "../../db/tenant-db";
import { importCountsSchema, type ImportCounts } from "../../shared/contacts/import-mapping";

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

/** The import is no longer RUNNING (an earlier attempt committed it, or it was closed meanwhile). */
export class ImportFinishedError extends Error {
  constructor() {
    super("the import has already finished");
  }
}

/** What the person reads when every attempt of an import failed for reasons that are not theirs. */
export const importFailedMessage = (importId: string) =>
  `The import failed; nothing was stored and the previous list is still active (reference ${importId}).`;

/** Closes a RUNNING import as FAILED or CANCELLED (a finished import is left as it is). */
export async function recordImportEnd(
  db: TenantDb,
  importId: string,
  status: "FAILED" | "CANCELLED",
  error: string,
): Promise<void> {
  await db.tx((tx) =>
    tx.contactImport.updateMany({
      where: { id: importId, status: { in: ["PENDING", "RUNNING"] } },
      data: { status, error, finishedAt: new Date() },
    }),
  );
}

/** The outcome of an import that has ended, as stored (a retry's answer when an earlier attempt committed). */
export async function finishedImportOutcome(db: TenantDb, importId: string): Promise<ImportOutcome> {
  const row = await db.tx((tx) =>
    tx.contactImport.findUniqueOrThrow({
      where: { id: importId },
      select: { status: true, listId: true, counts: true, processedRows: true, error: true },
    }),
  );
  const counts = importCountsSchema.safeParse(row.counts);
  if (row.status === "SUCCEEDED" && row.listId && counts.success) {
    const { invalid, duplicate, dnc } = counts.data;
    return {
      status: "SUCCEEDED",
      listId: row.listId,
      counts: counts.data,
      rows: row.processedRows,
      rejected: invalid + duplicate + dnc,
      phaseMs: {},
    };
  }
  return {
    status: row.status === "CANCELLED" ? "CANCELLED" : "FAILED",
    error: row.error ?? importFailedMessage(importId),
  };
}
