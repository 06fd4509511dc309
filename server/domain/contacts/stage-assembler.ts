import "server-only";
import { phoneOfKey, PhoneSet } from "./phone-set";
import type { NormalizedPiece } from "./row-normalizer";

/** Rejected rows of a chunk, ready for one INSERT … SELECT FROM unnest(…). */
export interface Rejections {
  rowNumber: number[];
  reason: string[];
  /** The original columns as JSON. */
  raw: string[];
}

export const noRejections = (): Rejections => ({ rowNumber: [], reason: [], raw: [] });

/** The original columns (JSON) of contact row i of a piece. */
export const rawOf = (piece: NormalizedPiece, i: number) =>
  Buffer.from(piece.raws.buffer, piece.raws.byteOffset, piece.raws.byteLength).toString(
    "utf8",
    i > 0 ? piece.rawEnds[i - 1] : 0,
    piece.rawEnds[i],
  );

/** Rejects contact row i of a piece: it is no longer loaded, and its original columns go to `into`. */
export function rejectContact(piece: NormalizedPiece, i: number, rowNumber: number, reason: string, into: Rejections) {
  piece.phones[i] = 0;
  into.rowNumber.push(rowNumber);
  into.reason.push(reason);
  into.raw.push(rawOf(piece, i));
}

/**
 * The part of normalization that needs the whole file in order, on the main thread: row numbers
 * and "keep the first of each duplicate". Pieces must be added in file order.
 */
export class StageAssembler {
  readonly counts = { invalid: 0, duplicate: 0 };
  /** E.164 → first row number, across the whole file. */
  private readonly seen = new PhoneSet();

  /** Moves the piece's invalid rows and repeats into `into`; the piece's first row has number `firstRow`. */
  addPiece(piece: NormalizedPiece, firstRow: number, into: Rejections) {
    const { invalid, phones } = piece;
    this.counts.invalid += invalid.idx.length;
    for (let j = 0; j < invalid.idx.length; j++) {
      into.rowNumber.push(firstRow + invalid.idx[j]!);
      into.reason.push(invalid.reason[j]!);
      into.raw.push(invalid.raw[j]!);
    }
    for (let i = 0; i < piece.rows; i++) {
      const key = phones[i]!;
      if (key === 0) continue;
      const first = this.seen.addOrGet(key, firstRow + i);
      if (first === 0) continue;
      this.counts.duplicate++;
      rejectContact(piece, i, firstRow + i, `Duplicate of row ${first} (${phoneOfKey(key)}).`, into);
    }
  }
}
