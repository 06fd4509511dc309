import { copyValue } from "./csv-text";
import { customFieldName, emptyCounts, type ImportCounts, type StoredMapping } from "./import-mapping";
import { isPhoneCountry, type NormalizedPhone } from "./phone";
import { PhoneSet } from "./phone-set";
import { canonicalTimeZone, deriveTimeZone } from "./time-zones";

/** Columns of the staging table, in COPY order. */
export const STAGE_COLUMNS = ["row_number", "kind", "reason", "raw", "phone", "first_name", "last_name", "email", "country", "region", "time_zone", "fields"] as const;

/** What the phone step needs from a row before the (batched) phone parse. */
export interface PreparedRow {
  rowNumber: number;
  record: string[];
  /** Set when the row is rejected before the phone is parsed. */
  reason: string | null;
  phone: string;
  defaultCountry: string;
  country: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;
const MAX_VALUE = 1000;

/**
 * Turns CSV records into COPY lines for the staging table, in two steps around the phone parse (which
 * may run on worker threads): prepare() checks the shape, normalize() does the rest in file order,
 * because "keep the first of each duplicate" depends on that order.
 */
export class RowNormalizer {
  readonly counts: ImportCounts = emptyCounts();
  /** E.164 → first row number, for duplicate detection across the whole file. */
  private readonly seen = new PhoneSet();
  private readonly width: number;
  private readonly idx: Record<"phone" | "firstName" | "lastName" | "email" | "country" | "region" | "timeZone", number>;
  private readonly custom: { index: number; keyJson: string }[];
  readonly customFields: string[];

  constructor(private readonly mapping: StoredMapping) {
    this.width = mapping.header.length;
    const at = (field: string) => mapping.columns.indexOf(field as never);
    this.idx = { phone: at("phone"), firstName: at("firstName"), lastName: at("lastName"), email: at("email"), country: at("country"), region: at("region"), timeZone: at("timeZone") };
    this.custom = [];
    this.customFields = [];
    mapping.columns.forEach((target, index) => {
      if (target !== "custom") return;
      const name = customFieldName(mapping.header[index] ?? "", index);
      if (this.customFields.includes(name)) return;
      this.customFields.push(name);
      this.custom.push({ index, keyJson: JSON.stringify(name) });
    });
  }

  prepare(record: string[], rowNumber: number): PreparedRow {
    const row: PreparedRow = { rowNumber, record, reason: null, phone: "", defaultCountry: this.mapping.defaultCountry, country: null };
    if (record.length !== this.width) {
      row.reason = `Row has ${record.length} column${record.length === 1 ? "" : "s"}; the header has ${this.width}.`;
      return row;
    }
    row.phone = record[this.idx.phone]!.trim();
    if (!row.phone) {
      row.reason = "Phone number is missing.";
      return row;
    }
    if (this.idx.country >= 0) {
      const country = record[this.idx.country]!.trim().toUpperCase();
      if (country) {
        if (!isPhoneCountry(country)) {
          row.reason = `Unknown country "${record[this.idx.country]!.trim()}" (use a two-letter code such as US or DE).`;
          return row;
        }
        row.country = country;
        row.defaultCountry = country;
      }
    }
    return row;
  }

  /** The COPY line for one prepared row, given its parsed phone. */
  normalize(row: PreparedRow, phone: NormalizedPhone | null): string {
    if (row.reason) return this.reject(row, "invalid", row.reason);
    if (!phone) {
      const hint = row.phone.startsWith("+") ? "" : ` (numbers without a + country code are read as ${row.defaultCountry})`;
      return this.reject(row, "invalid", `Phone number "${row.phone}" cannot be parsed as a valid number${hint}.`);
    }
    const record = row.record;
    let timeZone: string | null = null;
    const tzRaw = this.idx.timeZone >= 0 ? record[this.idx.timeZone]!.trim() : "";
    if (tzRaw) {
      timeZone = canonicalTimeZone(tzRaw);
      if (!timeZone) return this.reject(row, "invalid", `Unknown time zone "${tzRaw}" (use an IANA name such as America/New_York).`);
    }
    const region = this.value(record, this.idx.region);
    if (!timeZone) timeZone = deriveTimeZone(row.country ?? phone.country, region);
    const email = this.value(record, this.idx.email);
    if (email !== null && !EMAIL.test(email)) return this.reject(row, "invalid", `Email "${email}" is not a valid address.`);
    for (let i = 0; i < record.length; i++) {
      if (record[i]!.length > MAX_VALUE) return this.reject(row, "invalid", `Column "${this.mapping.header[i]}" is longer than ${MAX_VALUE} characters.`);
    }
    const first = this.seen.addOrGet(phone.e164, row.rowNumber);
    if (first !== 0) return this.reject(row, "duplicate", `Duplicate of row ${first} (${phone.e164}).`);
    let fields = "{}";
    if (this.custom.length > 0) {
      fields = "{";
      for (let i = 0; i < this.custom.length; i++) {
        const c = this.custom[i]!;
        fields += `${i ? "," : ""}${c.keyJson}:${JSON.stringify(record[c.index]!.trim())}`;
      }
      fields += "}";
    }
    return `${row.rowNumber}\t\\N\t\\N\t\\N\t${phone.e164}\t${copyValue(this.value(record, this.idx.firstName))}\t${copyValue(this.value(record, this.idx.lastName))}\t${copyValue(email)}\t${copyValue(row.country)}\t${copyValue(region)}\t${copyValue(timeZone)}\t${copyValue(fields)}\n`;
  }

  private value(record: string[], index: number): string | null {
    if (index < 0) return null;
    const v = record[index]!.trim();
    return v === "" ? null : v;
  }

  private reject(row: PreparedRow, kind: "invalid" | "duplicate", reason: string): string {
    this.counts[kind]++;
    return `${row.rowNumber}\t${kind}\t${copyValue(reason)}\t${copyValue(JSON.stringify(row.record))}\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\n`;
  }
}
