import { describe, expect, it } from "vitest";
import { importMappingSchema, suggestColumns } from "./import-mapping";
import { RowNormalizer } from "./row-normalizer";
import { parseDncText } from "./dnc";

describe("import mapping", () => {
  it("needs exactly one phone column and each field at most once", () => {
    expect(importMappingSchema.safeParse({ columns: ["firstName"], defaultCountry: "US" }).error?.issues[0]?.message).toMatch(/phone number/);
    expect(importMappingSchema.safeParse({ columns: ["phone", "phone"], defaultCountry: "US" }).success).toBe(false);
    expect(importMappingSchema.safeParse({ columns: ["phone", "email", "email"], defaultCountry: "US" }).success).toBe(false);
    expect(importMappingSchema.safeParse({ columns: ["phone", "custom", "custom", "ignore"], defaultCountry: "de" }).data?.defaultCountry).toBe("DE");
  });

  it("suggests fields from common header names", () => {
    expect(suggestColumns(["Telephone", "first_name", "Surname", "E-mail", "Country", "State", "TZ", "Plan"])).toEqual(["phone", "firstName", "lastName", "email", "country", "region", "timeZone", "custom"]);
    expect(suggestColumns(["mobile", "phone"])).toEqual(["phone", "custom"]);
  });
});

describe("row normalizer", () => {
  const mapping = { header: ["phone", "first", "tz", "Plan"], delimiter: "," as const, columns: ["phone", "firstName", "timeZone", "custom"] as const, defaultCountry: "US" };
  const normalizer = () => new RowNormalizer({ ...mapping, columns: [...mapping.columns] });

  it("writes a COPY line with custom fields as JSON, values kept as text", () => {
    const n = normalizer();
    const row = n.prepare(["+12125550123", "=cmd", "", "Gold\tplus"], 2);
    const line = n.normalize(row, { e164: "+12125550123", country: "US" });
    expect(line.split("\t")).toEqual(["2", "\\N", "\\N", "\\N", "+12125550123", "=cmd", "\\N", "\\N", "\\N", "\\N", "\\N", '{"Plan":"Gold\\\\tplus"}\n']);
  });

  it("rejects ragged rows, missing phones, bad zones and duplicates with reasons", () => {
    const n = normalizer();
    const reason = (line: string) => line.split("\t")[2];
    expect(reason(n.normalize(n.prepare(["+12125550123", "x"], 2), null))).toBe("Row has 2 columns; the header has 4.");
    expect(reason(n.normalize(n.prepare([" ", "x", "", ""], 3), null))).toBe("Phone number is missing.");
    expect(reason(n.normalize(n.prepare(["+12125550123", "x", "Nowhere/City", ""], 4), { e164: "+12125550123", country: "US" }))).toBe('Unknown time zone "Nowhere/City" (use an IANA name such as America/New_York).');
    n.normalize(n.prepare(["+12125550123", "x", "", ""], 5), { e164: "+12125550123", country: "US" });
    expect(reason(n.normalize(n.prepare(["212-555-0123", "x", "", ""], 6), { e164: "+12125550123", country: "US" }))).toBe("Duplicate of row 5 (+12125550123).");
    expect(n.counts).toMatchObject({ invalid: 3, duplicate: 1 });
  });
});

describe("do-not-call text", () => {
  it("reads plain lines, a CSV with a phone column, and skips a header", () => {
    expect(parseDncText("(212) 555-0123\n+33612345678\n\n", "US")).toEqual(["+12125550123", "+33612345678"]);
    expect(parseDncText("\uFEFFname;phone\nAda;030 1234567\nBob;030 1234567\n", "DE")).toEqual(["+49301234567"]);
    expect(parseDncText("Numbers\n2125550123\n", "US")).toEqual(["+12125550123"]);
  });

  it("refuses the whole upload when a line is bad, naming the lines", () => {
    expect(() => parseDncText("2125550123\nnope\n12\n", "US")).toThrow(/2 lines are not a valid phone number, so nothing was added: line 2: "nope", line 3: "12"/);
    expect(() => parseDncText("  \n", "US")).toThrow(/empty/);
  });
});
