import { ApplicationFailure, CancelledFailure, Context } from "@temporalio/activity";
import { tenantDb } from "../../server/db/tenant-db";
import { storedMappingSchema } from "../../server/shared/contacts/import-mapping";
import {
  finishedImportOutcome,
  ImportCancelledError,
  importFailedMessage,
  recordImportEnd,
  type ImportOutcome,
} from "../../server/domain/contacts/import-outcome";
import { runContactImport } from "../../server/domain/contacts/run-import";
import {
  contactImportInput,
  endContactImportInput,
  IMPORT_HEARTBEAT_TIMEOUT_MS,
  type ContactImportInput,
  type EndContactImportInput,
} from "../shared/contact-import";

/** Between progress reports (e.g. while the last chunk is written and committed) the activity still beats. */
const HEARTBEAT_EVERY_MS = IMPORT_HEARTBEAT_TIMEOUT_MS / 5;

export function createContactImportActivities() {
  return {
    /**
     * One attempt of an import, from the stored file, in one transaction. Progress goes out as
     * heartbeats (and to ContactImport.processedRows, which the portal polls); a cancel of the
     * workflow reaches it through a heartbeat's response and rolls the transaction back.
     */
    async importContacts(raw: ContactImportInput): Promise<ImportOutcome> {
      const input = contactImportInput.parse(raw);
      const ctx = Context.current();
      const db = tenantDb(input.tenantId);
      const row = await db.tx((tx) =>
        tx.contactImport.findUnique({
          where: { id: input.importId },
          select: { status: true, campaignId: true, createdById: true, mapping: true, uploadId: true },
        }),
      );
      if (!row) throw ApplicationFailure.nonRetryable(`contact import ${input.importId} not found`);
      // An earlier attempt may have committed just before its worker died.
      if (row.status !== "RUNNING" && row.status !== "PENDING") return finishedImportOutcome(db, input.importId);
      const mapping = storedMappingSchema.safeParse(row.mapping);
      if (!mapping.success || !row.uploadId)
        throw ApplicationFailure.nonRetryable(`contact import ${input.importId} has no stored file or mapping`);

      // Only the person's cancel ends the import; a worker shutting down lets it finish (or die and
      // be retried), and a timed-out attempt's result is ignored by the server anyway.
      const cancel = new AbortController();
      const onCancel = () => ctx.cancellationDetails?.cancelRequested && cancel.abort();
      ctx.cancellationSignal.addEventListener("abort", onCancel);
      let processedRows = 0;
      const beat = () => ctx.heartbeat({ processedRows });
      const timer = setInterval(beat, HEARTBEAT_EVERY_MS);
      try {
        const outcome = await runContactImport(db, {
          importId: input.importId,
          campaignId: row.campaignId,
          userId: row.createdById,
          requestId: input.requestId,
          uploadId: row.uploadId,
          mapping: mapping.data,
          signal: cancel.signal,
          onProgress: (rows) => {
            processedRows = rows;
            beat();
          },
        });
        if (outcome.status === "CANCELLED") throw new CancelledFailure(outcome.error);
        return outcome;
      } finally {
        clearInterval(timer);
        ctx.cancellationSignal.removeEventListener("abort", onCancel);
      }
    },

    /** Closes an import the workflow gave up on (every attempt failed) or cancelled before it started. */
    async endContactImport(raw: EndContactImportInput): Promise<void> {
      const input = endContactImportInput.parse(raw);
      const message =
        input.status === "CANCELLED" ? new ImportCancelledError().message : importFailedMessage(input.importId);
      await recordImportEnd(tenantDb(input.tenantId), input.importId, input.status, message);
    },
  };
}

export type ContactImportActivities = ReturnType<typeof createContactImportActivities>;
