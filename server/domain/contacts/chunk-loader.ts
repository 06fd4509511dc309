import "server-only";
import { once } from "node:events";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { phoneKey, phoneOfKey } from "./phone-set";
import { STAGE_COLUMNS, type NormalizedPiece } from "./row-normalizer";
import { noRejections, rejectContact, type Rejections } from "./stage-assembler";

/** Pieces of the file buffered for one trip to the database. */
export interface Chunk {
  pieces: number[];
  /** Row number of each piece's first row. */
  bases: number[];
  normalized: NormalizedPiece[];
  /** Invalid rows and duplicates of these pieces; do-not-call hits are added when it loads. */
  rejections: Rejections;
  rows: number;
}

export const emptyChunk = (): Chunk => ({ pieces: [], bases: [], normalized: [], rejections: noRejections(), rows: 0 });

export interface ChunkTarget {
  tenantId: string;
  importId: string;
  listId: string;
}

/**
 * Loads an import's chunks on its one connection, inside its one transaction (after createStage).
 * Per chunk: one do-not-call query, COPY of the contact rows into the stage, then — not awaited, so
 * the next chunk is parsed meanwhile — the rejections, `INSERT INTO "Contact" … SELECT` from the
 * stage and TRUNCATE. At most one chunk is in the database at a time.
 */
export class ChunkLoader {
  readonly totals = { valid: 0, dnc: 0, noTimeZone: 0 };
  private moving: Promise<void> = Promise.resolve();

  constructor(
    private readonly client: pg.Client,
    private readonly target: ChunkTarget,
    private readonly throwIfCancelled: () => void,
    private readonly addMs: (phase: string, since: number) => void,
  ) {}

  /** The staging table, for this connection's new transaction. */
  static async createStage(client: pg.Client) {
    // A chunk of the stage (~20 MB) fits in local buffers, so the statements that read it stay in
    // memory. (Settable only before the session's first temp table; the import's connection is new.)
    await client.query("SET LOCAL temp_buffers = '48MB'");
    // A temp table has no RLS, so COPY works; it is private to this transaction and dropped at its end.
    await client.query(`CREATE TEMP TABLE contact_stage (
      piece int NOT NULL, idx int NOT NULL, phone text NOT NULL, phone_extension text, first_name text, last_name text,
      email text, country text, region text, time_zone text, fields jsonb) ON COMMIT DROP`);
  }

  /** Waits for the chunk before, scrubs and copies this one, and starts moving it on. */
  async load(chunk: Chunk) {
    const t = Date.now();
    await this.moving;
    this.addMs("waitForDb", t);
    this.throwIfCancelled();
    await this.scrubDoNotCall(chunk);
    const contacts = await this.copy(chunk);
    // In the stage now; free the bytes while the chunk moves on.
    for (const piece of chunk.normalized) piece.copy = piece.raws = new Uint8Array(0);
    this.moving = this.move(chunk, contacts);
    this.moving.catch(() => undefined);
  }

  /** The chunk in the database, finished; rejects with its failure. */
  settled(): Promise<void> {
    return this.moving;
  }

  // DncEntry's RLS shows this tenant's numbers and the global list (tenantId NULL) — exactly the
  // scrub set. The hits become rejections and are not loaded, so each row gets one decision.
  private async scrubDoNotCall({ normalized, bases, rejections }: Chunk) {
    const t = Date.now();
    const numbers: string[] = [];
    for (const piece of normalized)
      for (let i = 0; i < piece.rows; i++) if (piece.phones[i] !== 0) numbers.push(phoneOfKey(piece.phones[i]!));
    if (numbers.length === 0) return;
    // One comma-separated text instead of a text[] parameter: half the round trip for 50k numbers.
    const { rows } = await this.client.query<{ phone: string }>(
      `SELECT p AS phone FROM unnest(string_to_array($1, ',')) AS p WHERE EXISTS (SELECT 1 FROM "DncEntry" d WHERE d."phoneE164" = p)`,
      [numbers.join(",")],
    );
    const hits = new Set(rows.map((r) => phoneKey(r.phone)));
    if (hits.size > 0) {
      normalized.forEach((piece, p) => {
        for (let i = 0; i < piece.rows; i++) {
          if (!hits.has(piece.phones[i]!)) continue;
          this.totals.dnc++;
          rejectContact(
            piece,
            i,
            bases[p]! + i,
            `On the do-not-call list (${phoneOfKey(piece.phones[i]!)}).`,
            rejections,
          );
        }
      });
    }
    this.addMs("dnc", t);
  }

  /** COPY of the rows still contacts (this thread feeds the socket); returns how many. */
  private async copy({ normalized }: Chunk): Promise<number> {
    const t = Date.now();
    const copy = this.client.query(copyFrom(`COPY contact_stage (${STAGE_COLUMNS.join(", ")}) FROM STDIN`));
    const copyDone = once(copy, "finish");
    copyDone.catch(() => undefined);
    let contacts = 0;
    for (const piece of normalized) {
      const bytes = Buffer.from(piece.copy.buffer, piece.copy.byteOffset, piece.copy.byteLength);
      const runs: Buffer[] = [];
      let runStart = 0;
      for (let i = 0; i < piece.rows; i++) {
        const rowStart = i > 0 ? piece.copyEnds[i - 1]! : 0;
        if (piece.phones[i] !== 0) {
          contacts++;
          this.totals.noTimeZone += piece.zoneless[i]!;
          continue;
        }
        if (rowStart > runStart) runs.push(bytes.subarray(runStart, rowStart));
        runStart = piece.copyEnds[i]!;
      }
      if (piece.copy.byteLength > runStart) runs.push(bytes.subarray(runStart));
      // One COPY message per piece, not one per run between rejected rows.
      if (runs.length > 0) copy.write(runs.length === 1 ? runs[0]! : Buffer.concat(runs));
    }
    copy.end();
    await copyDone;
    this.totals.valid += contacts;
    this.addMs("copy", t);
    return contacts;
  }

  private async move({ pieces, bases, rejections }: Chunk, contacts: number) {
    const { tenantId, importId, listId } = this.target;
    this.throwIfCancelled();
    let t = Date.now();
    if (rejections.rowNumber.length > 0) {
      await this.client.query(
        `INSERT INTO "ContactImportRejection" ("tenantId", "importId", "rowNumber", "reason", "raw")
         SELECT $1, $2, r.row_number, r.reason, r.raw::jsonb FROM unnest($3::int[], $4::text[], $5::text[]) AS r(row_number, reason, raw)`,
        [tenantId, importId, rejections.rowNumber, rejections.reason, rejections.raw],
      );
    }
    this.addMs("rejections", t);
    this.throwIfCancelled();
    t = Date.now();
    // Row numbers: each piece's first row number plus the row's index in the piece. The key
    // (listId, rowNumber) grows with the file, so its index is appended to, not scattered into.
    const inserted = await this.client.query(
      `INSERT INTO "Contact" ("tenantId", "listId", "rowNumber", "phoneE164", "phoneExtension", "firstName", "lastName", "email", "country", "region", "timeZone", "fields")
       SELECT $1, $2, b.base + s.idx, s.phone, s.phone_extension, s.first_name, s.last_name, s.email, s.country, s.region, s.time_zone, s.fields
       FROM contact_stage s JOIN unnest($3::int[], $4::int[]) AS b(piece, base) ON b.piece = s.piece`,
      [tenantId, listId, pieces, bases],
    );
    if (inserted.rowCount !== contacts)
      throw new Error(`the stage held ${inserted.rowCount} contacts, ${contacts} were copied to it`);
    await this.client.query("TRUNCATE contact_stage");
    this.addMs("contacts", t);
  }
}
