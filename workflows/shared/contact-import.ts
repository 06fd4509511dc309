import { z } from "zod";

/** One workflow per import: a second start of the same import is refused by Temporal. */
export const contactImportWorkflowId = (importId: string) => `contact-import-${importId}`;

export const contactImportInput = z.object({
  tenantId: z.string().min(1),
  importId: z.string().min(1),
  requestId: z.string().optional(),
});
export type ContactImportInput = z.infer<typeof contactImportInput>;

export const endContactImportInput = contactImportInput.extend({ status: z.enum(["FAILED", "CANCELLED"]) });
export type EndContactImportInput = z.infer<typeof endContactImportInput>;

/**
 * A worker that stops heartbeating for this long is taken for dead, and the import is retried on
 * another (its transaction rolled back when its connection closed). The activity heartbeats at
 * every progress report (~25,000 rows) and every few seconds in between.
 */
export const IMPORT_HEARTBEAT_TIMEOUT_MS = 15_000;
