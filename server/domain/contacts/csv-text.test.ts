import { describe, expect, it } from "vitest";
import { copyValue, csvLine, detectDelimiter, firstLine, neutralizeCell, stripBom } from "./csv-text";

describe("delimiter and BOM detection", () => {
  it.each([
    ["phone,first,last", ","],
    ["phone;first;last", ";"],
    ['"last, first";phone;email', ";"], // the comma is inside quotes
    ['"a;b",c,d', ","],
    ["phone", ","], // a single column: comma by default
    ["a;b,c", ","], // a tie goes to comma
  ])("%s → %s", (line, expected) => expect(detectDelimiter(line)).toBe(expected));

  it("strips a UTF-8 BOM only at the start", () => {
    expect(stripBom("\uFEFFphone")).toBe("phone");
    expect(stripBom("phone\uFEFF")).toBe("phone\uFEFF");
  });

  it("finds the first line outside quotes, for \\n and \\r\\n", () => {
    expect(firstLine('"multi\nline",x\nnext')).toBe('"multi\nline",x');
    expect(firstLine("a;b\r\nc;d")).toBe("a;b");
  });
});

describe("formula neutralization in CSV exports", () => {
  it.each(["=SUM(A1)", "+1 555", "-2", "@cmd", "\tx", "\rx"])("%j gets a leading quote", (v) =>
    expect(neutralizeCell(v)).toBe(`'${v}`),
  );
  it.each(["plain", "", "a=b", " =still text? no: leading space is harmless"])("%j stays as is", (v) =>
    expect(neutralizeCell(v)).toBe(v),
  );

  it("quotes cells with separators, quotes and newlines after neutralizing", () => {
    expect(csvLine(["1", 'say "hi"', "a,b", "x;y", "multi\nline", "=1+1", "+49 30 1"])).toBe(
      `1,"say ""hi""","a,b","x;y","multi\nline",'=1+1,'+49 30 1`,
    );
  });
});

describe("COPY text escaping", () => {
  it("escapes backslash, tab and newlines; NULL is \\N", () => {
    expect(copyValue(null)).toBe("\\N");
    expect(copyValue(undefined)).toBe("\\N");
    expect(copyValue("plain")).toBe("plain");
    expect(copyValue("a\\b\tc\nd\re")).toBe("a\\\\b\\tc\\nd\\re");
    expect(copyValue("\\N")).toBe("\\\\N"); // the literal text "\N" is not NULL
  });
});
