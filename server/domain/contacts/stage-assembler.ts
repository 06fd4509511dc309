import { PhoneSet } from "./phone-set";
import type { NormalizedPiece } from "./row-normalizer";

/** Rows of a chunk that repeat an earlier number: stage position, the row that came first, original columns. */
export interface Duplicates {
  piece: number[];
  idx: number[];
  firstRow: number[];
  raw: string[];
}

/** The original columns (JSON) of contact row i of a piece. */
export const rawOf = (piece: NormalizedPiece, i: number) => Buffer.from(piece.raws.buffer, piece.raws.byteOffset, piece.raws.byteLength).toString("utf8", i > 0 ? piece.rawEnds[i - 1] : 0, piece.rawEnds[i]);

/**
 * The part of normalization that needs the whole file in order, on the main thread: row numbers
 * and "keep the first of each duplicate". Pieces must be added in file order.
 */
export class StageAssembler {
  readonly counts = { invalid: 0, duplicate: 0 };
  /** E.164 → first row number, across the whole file. */
  private readonly seen = new PhoneSet();

  /** Marks the piece's repeats in `into`; the piece's first row has number `firstRow`. */
  addPiece(piece: NormalizedPiece, pieceIndex: number, firstRow: number, into: Duplicates) {
    this.counts.invalid += piece.invalid;
    const { phones } = piece;
    for (let i = 0; i < piece.rows; i++) {
      const key = phones[i]!;
      if (key === 0) continue;
      const first = this.seen.addOrGet(key, firstRow + i);
      if (first === 0) continue;
      this.counts.duplicate++;
      into.piece.push(pieceIndex);
      into.idx.push(i);
      into.firstRow.push(first);
      into.raw.push(rawOf(piece, i));
    }
  }
}
