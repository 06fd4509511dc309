import "server-only";
import Papa from "papaparse";
import { AppError } from "../../errors";
import type { Delimiter } from "./csv-text";
import { MAX_VALUE_CHARS } from "../../shared/contacts/import-mapping";

/** The longest record the import accepts; longer usually means an unclosed quote. */
export const MAX_RECORD_CHARS = 1024 * 1024;

const csvError = (message: string) => new AppError("BAD_REQUEST", `The file could not be read as CSV: ${message}`);

/** A record longer than MAX_RECORD_CHARS; the import names its row once the rows before it are counted. */
export class RecordTooLongError extends Error {
  constructor() {
    super(`a record is longer than ${MAX_RECORD_CHARS / 1024 / 1024} MB`);
  }

  /** The refusal for the person, naming the row (the header is row 1) and the limit. */
  atRow(rowNumber: number): AppError {
    return csvError(
      `row ${rowNumber} is longer than the ${MAX_RECORD_CHARS / 1024 / 1024} MB limit for one row (a value may hold at most ${MAX_VALUE_CHARS} characters; is a quote left open?).`,
    );
  }
}

/**
 * Cuts streamed CSV text into pieces that end on a record boundary (a line break outside quotes),
 * so each piece parses on its own with the fast synchronous parser. Quote state carries over
 * between pushes; a doubled quote ("") toggles it twice, as it should.
 */
export class CsvRecordSplitter {
  private pending = "";
  /** How far `pending` has been scanned, and whether that point is inside quotes. */
  private scanned = 0;
  private inQuotes = false;
  private newline: "\n" | "\r" | undefined;

  /** Adds text; returns the complete records so far (possibly ""), keeping the unfinished rest. */
  push(text: string): string {
    this.pending += text;
    const s = this.pending;
    // Files saved with bare CR line ends (old Mac Excel) have no \n at all.
    this.newline ??= s.includes("\n") ? "\n" : s.length > 64 * 1024 && s.includes("\r") ? "\r" : undefined;
    const newline = this.newline ?? "\n";
    let boundary = -1;
    let i = this.scanned;
    let quoted = this.inQuotes;
    while (i < s.length) {
      if (quoted) {
        const close = s.indexOf('"', i);
        if (close < 0) {
          i = s.length;
          break;
        }
        quoted = false;
        i = close + 1;
        continue;
      }
      const open = s.indexOf('"', i);
      const end = open < 0 ? s.length : open;
      const lastBreak = s.lastIndexOf(newline, end - 1);
      if (lastBreak >= i) boundary = lastBreak + 1;
      if (open < 0) {
        i = s.length;
        break;
      }
      quoted = true;
      i = open + 1;
    }
    if (boundary < 0) {
      if (s.length > MAX_RECORD_CHARS) throw new RecordTooLongError();
      this.scanned = i;
      this.inQuotes = quoted;
      return "";
    }
    this.pending = s.slice(boundary);
    this.scanned = i - boundary;
    this.inQuotes = quoted;
    return s.slice(0, boundary);
  }

  /** The text after the last line break: the last record when the file does not end with one. */
  end(): string {
    const rest = this.pending;
    this.pending = "";
    this.scanned = 0;
    return rest;
  }
}

/** Records of one piece; `unclosedAt` is the index of a record whose quoted field never closes. */
export interface ParsedRecords {
  records: string[][];
  unclosedAt: number | null;
}

/** Parses whole records (a piece from CsvRecordSplitter). Empty lines are skipped. */
export function parseCsvRecords(text: string, delimiter: Delimiter): ParsedRecords {
  if (!text) return { records: [], unclosedAt: null };
  // Telling the line ending saves papaparse a guess per piece.
  const newline = text.includes("\r\n") ? "\r\n" : text.includes("\n") ? "\n" : "\r";
  const result = Papa.parse<string[]>(text, { delimiter, newline, quoteChar: '"', skipEmptyLines: true });
  const unclosed = result.errors.find((e) => e.code === "MissingQuotes");
  return { records: result.data, unclosedAt: unclosed ? (unclosed.row ?? result.data.length - 1) : null };
}

/** An unclosed quote makes the rest of the file unreadable, so it fails the whole import. */
export const unclosedQuoteError = (rowNumber: number) =>
  csvError(`the quoted field in row ${rowNumber} is never closed.`);
