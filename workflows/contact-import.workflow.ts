import { ActivityCancellationType, CancellationScope, isCancellation, proxyActivities } from "@temporalio/workflow";
import type { ContactImportActivities } from "./activities/contact-import-activities";
import { contactImportInput, IMPORT_HEARTBEAT_TIMEOUT_MS, type ContactImportInput } from "./shared/contact-import";

const { importContacts } = proxyActivities<ContactImportActivities>({
  // A million rows take ~15 s; the heartbeat timeout, not this, is what notices a dead worker.
  startToCloseTimeout: "30 minutes",
  heartbeatTimeout: IMPORT_HEARTBEAT_TIMEOUT_MS,
  // The workflow ends only once the activity has rolled back and recorded the cancel.
  cancellationType: ActivityCancellationType.WAIT_CANCELLATION_COMPLETED,
  // A killed worker or a lost connection costs one attempt; the person's mistakes are not retried
  // (the activity records them and returns). Attempts wait in the queue while no worker runs.
  retry: { initialInterval: "1 second", backoffCoefficient: 2, maximumInterval: "30 seconds", maximumAttempts: 10 },
});
const { endContactImport } = proxyActivities<ContactImportActivities>({
  startToCloseTimeout: "30 seconds",
  retry: { initialInterval: "1 second", maximumInterval: "1 minute" },
});

type ImportOutcome = Awaited<ReturnType<ContactImportActivities["importContacts"]>>;

/** contact-import-<importId>: runs one contact import to its end (see docs/contact-import.md). */
export async function contactImport(rawInput: ContactImportInput): Promise<ImportOutcome> {
  const input = contactImportInput.parse(rawInput);
  try {
    return await importContacts(input);
  } catch (error) {
    // Cancelled before an attempt started, or every attempt failed: the row must not stay RUNNING.
    const status = isCancellation(error) ? "CANCELLED" : "FAILED";
    await CancellationScope.nonCancellable(() => endContactImport({ ...input, status }));
    throw error;
  }
}
