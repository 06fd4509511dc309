import "server-only";
/**
 * E.164 number → first row number, for duplicate detection over millions of rows. An open-addressing
 * table in typed arrays: ~12 bytes a slot and nothing for the garbage collector to trace, where a
 * Map<string, number> costs ~80 bytes an entry (about 80 MB at 1M contacts). E.164 has at most 15
 * digits, so every number fits a double exactly.
 */
export class PhoneSet {
  private keys: Float64Array;
  private rows: Int32Array;
  private size = 0;

  constructor(capacity = 1 << 16) {
    this.keys = new Float64Array(capacity);
    this.rows = new Int32Array(capacity);
  }

  /** Adds the number (as its phoneKey) with its row; returns the earlier row when it was already there, else 0. */
  addOrGet(key: number, rowNumber: number): number {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    for (let i = hash(key) & mask; ; i = (i + 1) & mask) {
      const existing = this.keys[i]!;
      if (existing === 0) {
        this.keys[i] = key;
        this.rows[i] = rowNumber;
        this.size++;
        return 0;
      }
      if (existing === key) return this.rows[i]!;
    }
  }

  private grow() {
    const { keys, rows } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.rows = new Int32Array(keys.length * 2);
    this.size = 0;
    const mask = this.keys.length - 1;
    for (let j = 0; j < keys.length; j++) {
      const key = keys[j]!;
      if (key === 0) continue;
      let i = hash(key) & mask;
      while (this.keys[i] !== 0) i = (i + 1) & mask;
      this.keys[i] = key;
      this.rows[i] = rows[j]!;
      this.size++;
    }
  }
}

/** An E.164 number as a number: its digits (at most 15, so exact in a double; never 0). */
export const phoneKey = (e164: string) => Number(e164.slice(1));

/** The E.164 number back from its phoneKey (E.164 never starts with 0, so no digit is lost). */
export const phoneOfKey = (key: number) => `+${key}`;

/** Mixes high and low digits so numbers that differ only at the end spread over the table. */
function hash(key: number): number {
  const lo = (key % 4294967296) | 0;
  const hi = (key / 4294967296) | 0;
  return Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) ^ (lo >>> 15);
}
