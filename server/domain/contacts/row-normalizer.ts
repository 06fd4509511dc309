import "server-only";
import { parseCsvRecords } from "./csv-records";
import { copyValue } from "./csv-text";
import { customFieldColumns, MAX_VALUE_CHARS, type StoredMapping } from "../../shared/contacts/import-mapping";
import { isPhoneCountry, type NormalizedPhone } from "../../shared/phone";
import { phoneKey } from "./phone-set";
import { deriveTimeZone, timeZoneFromColumn } from "./time-zones";

/**
 * Columns of the staging table, in COPY order: contact rows only (rejections go straight to their
 * table). Rows are numbered by piece of the file and index in the piece (workers parse pieces in
 * parallel); the main thread knows each piece's first row number once the pieces before it are
 * done, and SQL adds the two.
 */
export const STAGE_COLUMNS = [
  "piece",
  "idx",
  "phone",
  "phone_extension",
  "first_name",
  "last_name",
  "email",
  "country",
  "region",
  "time_zone",
  "fields",
] as const;

/** Rows a worker rejected: index in the piece, why, and the original columns as JSON. */
export interface InvalidRows {
  idx: number[];
  reason: string[];
  raw: string[];
}

/**
 * One piece of the file, normalized row by row in file order. Everything but the duplicate and
 * do-not-call checks (which need the whole file in order, or the database) is decided here, so this
 * runs on worker threads.
 */
export interface NormalizedPiece {
  /** The header record, when the piece is the start of the file. */
  header: string[] | null;
  rows: number;
  invalid: InvalidRows;
  /**
   * Per row: its E.164 number as a phoneKey while it is a contact, 0 once rejected (the main thread
   * zeroes duplicates and do-not-call hits, so only the remaining rows are loaded).
   */
  phones: Float64Array;
  /** Per row: 1 when the contact has no time zone. */
  zoneless: Uint8Array;
  /** COPY text (UTF-8) of the contact rows; row i at [copyEnds[i-1], copyEnds[i]), empty when rejected. */
  copy: Uint8Array;
  copyEnds: Int32Array;
  /**
   * The original columns of each contact row as JSON (UTF-8), row i at [rawEnds[i-1], rawEnds[i]);
   * empty for rejected rows. Only duplicates and do-not-call hits need it, so it is never loaded.
   */
  raws: Uint8Array;
  rawEnds: Int32Array;
  /** Index of a row whose quoted field is never closed (the file is unreadable from there). */
  unclosedAt: number | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;

type Field = "phone" | "firstName" | "lastName" | "email" | "country" | "region" | "timeZone";

/** Turns whole CSV records into stage rows: shape checks, phone, time zone, email, custom fields. */
export class PieceNormalizer {
  private readonly width: number;
  private readonly idx: Record<Field, number>;
  private readonly custom: { index: number; keyJson: string }[];

  constructor(
    private readonly mapping: StoredMapping,
    private readonly parsePhone: (raw: string, defaultCountry: string) => NormalizedPhone | null,
  ) {
    this.width = mapping.header.length;
    const at = (field: Field) => mapping.columns.indexOf(field);
    this.idx = {
      phone: at("phone"),
      firstName: at("firstName"),
      lastName: at("lastName"),
      email: at("email"),
      country: at("country"),
      region: at("region"),
      timeZone: at("timeZone"),
    };
    this.custom = customFieldColumns(mapping.header, mapping.columns).map(({ index, key }) => ({
      index,
      keyJson: JSON.stringify(key),
    }));
  }

  /** Custom field keys, in column order: the list's extra fields. */
  static customFields(mapping: StoredMapping): string[] {
    return customFieldColumns(mapping.header, mapping.columns).map((c) => c.key);
  }

  normalizePiece(text: string, startOfFile: boolean, pieceIndex: number): NormalizedPiece {
    const { records, unclosedAt } = parseCsvRecords(text, this.mapping.delimiter);
    const header = startOfFile ? (records.shift() ?? null) : null;
    const phones = new Float64Array(records.length);
    const zoneless = new Uint8Array(records.length);
    const invalid: InvalidRows = { idx: [], reason: [], raw: [] };
    // First guesses that rarely need to grow: stage text runs to ~2× the CSV, rows as JSON to ~1.2×.
    const out = new CopyBuffer(Math.ceil(text.length * 2.5) + 4096);
    const copyEnds = new Int32Array(records.length);
    const raws = new CopyBuffer(Math.ceil(text.length * 1.5) + 4096);
    const rawEnds = new Int32Array(records.length);
    for (let i = 0; i < records.length; i++) {
      const record = records[i]!;
      const raw = JSON.stringify(record);
      const row = this.normalizeRecord(record);
      if (typeof row === "string") {
        invalid.idx.push(i);
        invalid.reason.push(row);
        invalid.raw.push(raw);
      } else {
        phones[i] = phoneKey(row.e164);
        zoneless[i] = row.zoneless ? 1 : 0;
        out.write(`${pieceIndex}\t${i}\t${row.columns}\n`);
        raws.write(raw);
      }
      copyEnds[i] = out.size;
      rawEnds[i] = raws.size;
    }
    return {
      header,
      rows: records.length,
      invalid,
      phones,
      zoneless,
      copy: out.bytes(),
      copyEnds,
      raws: raws.bytes(),
      rawEnds,
      unclosedAt: unclosedAt === null ? null : unclosedAt - (header ? 1 : 0),
    };
  }

  /** The stage columns from `phone` on, or why the row is rejected. */
  private normalizeRecord(record: string[]): { e164: string; zoneless: boolean; columns: string } | string {
    if (record.length !== this.width)
      return `Row has ${record.length} column${record.length === 1 ? "" : "s"}; the header has ${this.width}.`;
    for (let i = 0; i < record.length; i++) {
      if (record[i]!.length > MAX_VALUE_CHARS)
        return `Column "${this.mapping.header[i]}" is longer than the limit of ${MAX_VALUE_CHARS} characters (${record[i]!.length}).`;
    }
    const rawPhone = record[this.idx.phone]!.trim();
    if (!rawPhone) return "Phone number is missing.";
    let country: string | null = null;
    if (this.idx.country >= 0) {
      const value = record[this.idx.country]!.trim();
      country = value ? value.toUpperCase() : null;
      if (country && !isPhoneCountry(country))
        return `Unknown country "${value}" (use a two-letter code such as US or DE).`;
    }
    const defaultCountry = country ?? this.mapping.defaultCountry;
    const phone = this.parsePhone(rawPhone, defaultCountry);
    if (!phone) {
      const hint = rawPhone.startsWith("+") ? "" : ` (numbers without a + country code are read as ${defaultCountry})`;
      return `Phone number "${rawPhone}" cannot be parsed as a valid number${hint}.`;
    }
    if (phone.ambiguousWith)
      return `Phone number "${rawPhone}" is ambiguous: it is ${phone.e164} in ${defaultCountry}, or ${phone.ambiguousWith} with 00 as the international prefix. Write it with + and the country code.`;
    const region = this.value(record, this.idx.region);
    const place = { country: country ?? phone.country, region, e164: phone.e164 };
    let timeZone: string | null;
    const tzRaw = this.idx.timeZone >= 0 ? record[this.idx.timeZone]!.trim() : "";
    if (tzRaw) {
      const answer = timeZoneFromColumn(tzRaw, place);
      if ("error" in answer) return answer.error;
      timeZone = answer.zone;
    } else {
      timeZone = deriveTimeZone(place);
    }
    const email = this.value(record, this.idx.email);
    if (email !== null && !EMAIL.test(email)) return `Email "${email}" is not a valid address.`;
    // [key, value] pairs, never an object: a key may be "constructor" or "__proto__" (contact-fields.ts).
    let fields = "[]";
    if (this.custom.length > 0) {
      fields = "[";
      for (let i = 0; i < this.custom.length; i++) {
        const c = this.custom[i]!;
        fields += `${i ? "," : ""}[${c.keyJson},${JSON.stringify(record[c.index]!.trim())}]`;
      }
      fields += "]";
    }
    const columns = `${phone.e164}\t${copyValue(phone.extension)}\t${copyValue(this.value(record, this.idx.firstName))}\t${copyValue(this.value(record, this.idx.lastName))}\t${copyValue(email)}\t${copyValue(country)}\t${copyValue(region)}\t${copyValue(timeZone)}\t${copyValue(fields)}`;
    return { e164: phone.e164, zoneless: timeZone === null, columns };
  }

  private value(record: string[], index: number): string | null {
    if (index < 0) return null;
    const v = record[index]!.trim();
    return v === "" ? null : v;
  }
}

/** UTF-8 bytes written piece by piece: no long string to build, flatten and encode at the end. */
class CopyBuffer {
  private buffer: Buffer;
  private length = 0;

  get size() {
    return this.length;
  }

  constructor(capacity: number) {
    this.buffer = Buffer.allocUnsafeSlow(capacity);
  }

  write(line: string) {
    // A UTF-8 character takes at most 3 bytes per UTF-16 unit.
    if (this.length + line.length * 3 > this.buffer.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(this.buffer.length * 2, this.length + line.length * 3));
      this.buffer.copy(bigger, 0, 0, this.length);
      this.buffer = bigger;
    }
    this.length += this.buffer.write(line, this.length);
  }

  /** The bytes written, in an exact-size buffer of their own (it is transferred to another thread and kept there a while). */
  bytes(): Uint8Array {
    return new Uint8Array(this.buffer.buffer, this.buffer.byteOffset, this.length).slice();
  }
}
