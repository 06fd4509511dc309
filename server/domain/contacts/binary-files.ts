import "server-only";
import { AppError } from "../../errors";

// A CSV file is text. Binary data gets its own message ("not a CSV file"), not the encoding one,
// which would send the person to re-save a workbook or a PDF "as UTF-8".

/** File signatures people upload by mistake, with what to tell them. */
const SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: "a ZIP archive or an Excel workbook (.xlsx)" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: "an Excel 97–2003 workbook (.xls) or another Office file" },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: "a PDF document" },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: "a PNG image" },
  { bytes: [0xff, 0xd8, 0xff], what: "a JPEG image" },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: "a GIF image" },
  { bytes: [0x1f, 0x8b], what: "a gzip archive" },
];

/**
 * Why these bytes are not CSV text, or null: a known binary signature or many control characters at
 * the start of the file, or a zero byte anywhere (text never holds one; UTF-16 is detected before this by its byte-order mark).
 */
export function notCsvReason(chunk: Uint8Array, startOfFile: boolean): string | null {
  if (startOfFile) {
    const known = SIGNATURES.find((s) => s.bytes.every((b, i) => chunk[i] === b));
    if (known) return `it is ${known.what}`;
    if (controlBytes(chunk.subarray(0, 4096)) > 0.01) return "it holds binary data";
  }
  return chunk.indexOf(0) >= 0 ? "it holds binary data" : null;
}

/** The share of bytes that are control characters other than tab, line breaks and form feed. */
function controlBytes(bytes: Uint8Array): number {
  let count = 0;
  for (const b of bytes) if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) count++;
  return bytes.length ? count / bytes.length : 0;
}

export const notCsvError = (reason: string) =>
  new AppError(
    "BAD_REQUEST",
    `This is not a CSV file: ${reason}. Export the contacts as CSV (in Excel: “Save as → CSV UTF-8”) and upload that file.`,
  );
