import { describe, expect, it } from "vitest";
import { CsvRecordSplitter, MAX_RECORD_CHARS, parseCsvRecords } from "./csv-records";

/** Feeds the text in pieces of `size` characters; returns the parsed records of every piece. */
function splitAndParse(text: string, size: number) {
  const splitter = new CsvRecordSplitter();
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += size) pieces.push(splitter.push(text.slice(i, i + size)));
  pieces.push(splitter.end());
  return { pieces: pieces.filter(Boolean), records: pieces.flatMap((p) => parseCsvRecords(p, ",").records) };
}

describe("CSV record splitter", () => {
  const csv =
    'phone,note\r\n+12125550123,"two\nlines, ""quoted"""\r\n+12125550124,plain\r\n\r\n+12125550125,"a,b"\r\n+12125550126,last';
  const expected = [
    ["phone", "note"],
    ["+12125550123", 'two\nlines, "quoted"'],
    ["+12125550124", "plain"],
    ["+12125550125", "a,b"],
    ["+12125550126", "last"],
  ];

  it.each([1, 2, 3, 5, 7, 16, 1000])("cuts only between records, whatever the read size (%i)", (size) => {
    const { pieces, records } = splitAndParse(csv, size);
    expect(records).toEqual(expected);
    for (const piece of pieces.slice(0, -1)) expect(piece.endsWith("\n")).toBe(true);
  });

  it("keeps a record whose quoted field spans many reads in one piece", () => {
    const long = `a,b\n1,"${"x\n".repeat(5000)}"\n2,y\n`;
    expect(splitAndParse(long, 64).records.map((r) => r[0])).toEqual(["a", "1", "2"]);
  });

  it("reports a quoted field that is never closed", () => {
    const { records } = splitAndParse('a,b\n1,ok\n2,"never closed\n3,x\n', 4);
    expect(records.length).toBeGreaterThanOrEqual(2);
    expect(parseCsvRecords('2,"never closed\n3,x\n', ",").unclosedAt).toBe(0);
  });

  it("refuses a record longer than the limit instead of buffering the whole file", () => {
    const splitter = new CsvRecordSplitter();
    splitter.push('a,b\n1,"');
    expect(() => splitter.push("x".repeat(MAX_RECORD_CHARS + 1))).toThrow(/longer than 1 MB/);
  });

  it("reads files with bare CR line ends", () => {
    const text = `a,b\r${"1,x\r".repeat(30_000)}`;
    const { records } = splitAndParse(text, 1 << 16);
    expect(records.length).toBe(30_001);
  });
});
