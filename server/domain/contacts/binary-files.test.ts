import { describe, expect, it } from "vitest";
import { notCsvReason } from "./binary-files";

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);

describe("not a CSV file", () => {
  it.each([
    [bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0), /Excel workbook \(\.xlsx\)/],
    [bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1), /Excel 97–2003/],
    [text("%PDF-1.7\n"), /PDF/],
    [bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a), /PNG/],
    [bytes(0xff, 0xd8, 0xff, 0xe0), /JPEG/],
    [bytes(0x1f, 0x8b, 0x08), /gzip/],
    [bytes(0x41, 0x42, 0x00, 0x43), /binary data/],
    [bytes(...Array.from({ length: 200 }, (_, i) => (i % 7 === 0 ? 0x01 : 0x41))), /binary data/],
  ])("%#: %s", (chunk, reason) => expect(notCsvReason(chunk, true)).toMatch(reason));

  it("lets text through: CSV, tabs, line breaks, non-ASCII", () => {
    expect(notCsvReason(text("phone;name\r\n+4930\t1;Jürgen\n"), true)).toBeNull();
    expect(notCsvReason(text("PK,is a fine header\n"), true)).toBeNull();
    expect(notCsvReason(bytes(0x41, 0x00), false)).toMatch(/binary/); // a zero byte anywhere in the file
  });
});
