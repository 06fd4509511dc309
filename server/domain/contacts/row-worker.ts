import "server-only";
// Worker-thread body of a contact import: normalizes pieces of the file sent by row-pool.ts.
import { parentPort, workerData } from "node:worker_threads";
import { createBulkPhoneNormalizer } from "./bulk-phone";
import type { StoredMapping } from "../../shared/contacts/import-mapping";
import { PieceNormalizer } from "./row-normalizer";

// libphonenumber-js throws for every unparseable number; stack traces would only cost time here.
Error.stackTraceLimit = 0;
const normalizer = new PieceNormalizer((workerData as { mapping: StoredMapping }).mapping, createBulkPhoneNormalizer());

parentPort!.on(
  "message",
  ({ id, text, startOfFile, pieceIndex }: { id: number; text: string; startOfFile: boolean; pieceIndex: number }) => {
    try {
      const piece = normalizer.normalizePiece(text, startOfFile, pieceIndex);
      // Moved, not copied: the main thread hands the bytes to COPY as they are.
      parentPort!.postMessage({ id, piece }, [
        piece.copy.buffer,
        piece.copyEnds.buffer,
        piece.raws.buffer,
        piece.rawEnds.buffer,
        piece.phones.buffer,
        piece.zoneless.buffer,
      ] as ArrayBuffer[]);
    } catch (error) {
      parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    }
  },
);
