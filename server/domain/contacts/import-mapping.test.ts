import { describe, expect, it } from "vitest";
import { importMappingSchema, suggestColumns } from "../../shared/contacts/import-mapping";
import { type StoredMapping } from "../../shared/contacts/import-mapping";
import { normalizePhone } from "../../shared/phone";
import { PieceNormalizer, type NormalizedPiece } from "./row-normalizer";
import { rawOf, StageAssembler, noRejections } from "./stage-assembler";
import { parseDncText } from "./dnc";

describe("import mapping", () => {
  it("needs exactly one phone column and each field at most once", () => {
    expect(
      importMappingSchema.safeParse({ columns: ["firstName"], defaultCountry: "US" }).error?.issues[0]?.message,
    ).toMatch(/phone number/);
    expect(importMappingSchema.safeParse({ columns: ["phone", "phone"], defaultCountry: "US" }).success).toBe(false);
    expect(importMappingSchema.safeParse({ columns: ["phone", "email", "email"], defaultCountry: "US" }).success).toBe(
      false,
    );
    expect(
      importMappingSchema.safeParse({ columns: ["phone", "custom", "custom", "ignore"], defaultCountry: "de" }).data
        ?.defaultCountry,
    ).toBe("DE");
  });

  it("suggests fields from common header names", () => {
    expect(suggestColumns(["Telephone", "first_name", "Surname", "E-mail", "Country", "State", "TZ", "Plan"])).toEqual([
      "phone",
      "firstName",
      "lastName",
      "email",
      "country",
      "region",
      "timeZone",
      "custom",
    ]);
    expect(suggestColumns(["mobile", "phone"])).toEqual(["phone", "custom"]);
  });
});

describe("piece normalizer and stage assembler", () => {
  const mapping = {
    header: ["phone", "first", "tz", "Plan"],
    delimiter: "," as const,
    columns: ["phone", "firstName", "timeZone", "custom"] as StoredMapping["columns"],
    defaultCountry: "US",
  };
  const normalize = (csv: string, startOfFile = false, pieceIndex = 0) =>
    new PieceNormalizer(mapping, normalizePhone).normalizePiece(csv, startOfFile, pieceIndex);
  const lines = (piece: NormalizedPiece) =>
    new TextDecoder()
      .decode(piece.copy)
      .trimEnd()
      .split("\n")
      .map((line) => line.split("\t"));

  it("writes COPY lines with custom fields as [key, value] pairs, values kept as text", () => {
    const piece = normalize('phone,first,tz,Plan\n+12125550123 ext. 42,=cmd,,"Gold\tplus"\n', true, 3);
    expect(piece.header).toEqual(mapping.header);
    expect(lines(piece)).toEqual([
      [
        "3",
        "0",
        "+12125550123",
        "42", // the extension, in its own column
        "=cmd",
        "\\N",
        "\\N",
        "\\N",
        "\\N",
        "America/New_York", // from the area code
        '[["Plan","Gold\\\\tplus"]]',
      ],
    ]);
    expect(rawOf(piece, 0)).toBe('["+12125550123 ext. 42","=cmd","","Gold\\tplus"]');
    expect([...piece.zoneless]).toEqual([0]);
  });

  it("stores columns named like object properties as fields, under keys a script can name", () => {
    const header = ["phone", "constructor", "prototype", "__proto__", "toString", "hasOwnProperty", "Plan Tier"];
    const piece = new PieceNormalizer(
      {
        header,
        delimiter: ",",
        columns: ["phone", ...header.slice(1).map(() => "custom" as const)],
        defaultCountry: "US",
      },
      normalizePhone,
    ).normalizePiece(`${header.join(",")}\n+12125550123,a,b,c,d,e,Gold\n`, true, 0);
    const fields = JSON.parse(lines(piece)[0]!.at(-1)!) as unknown;
    expect(fields).toEqual([
      ["constructor", "a"],
      ["prototype", "b"],
      ["__proto__", "c"],
      ["toString", "d"],
      ["hasOwnProperty", "e"],
      ["Plan_Tier", "Gold"],
    ]);
    expect(
      PieceNormalizer.customFields({
        header,
        delimiter: ",",
        columns: ["phone", ...header.slice(1).map(() => "custom" as const)],
        defaultCountry: "US",
      }),
    ).toEqual(["constructor", "prototype", "__proto__", "toString", "hasOwnProperty", "Plan_Tier"]);
  });

  it("rejects a value over the size limit naming the column and the limit, and resolves EST by the area code", () => {
    const piece = normalize(`+12125550123,${"x".repeat(1001)},,\n+12125550123,y,EST,\n00 44 20 7946 0958,z,,\n`);
    expect(piece.invalid.reason).toEqual(['Column "first" is longer than the limit of 1000 characters (1001).']);
    expect(lines(piece).map((l) => [l[2], l[9]])).toEqual([
      ["+12125550123", "America/New_York"],
      ["+442079460958", "Europe/London"],
    ]);
  });

  it("rejects ragged rows, missing phones and bad zones with reasons and the original columns", () => {
    const piece = normalize("+12125550123,x\n ,x,,\n+12125550123,x,Nowhere/City,\n+12125550123,x,America/Chicago,\n");
    expect(piece.invalid).toEqual({
      idx: [0, 1, 2],
      reason: [
        "Row has 2 columns; the header has 4.",
        "Phone number is missing.",
        'Unknown time zone "Nowhere/City" (use an IANA name such as America/New_York).',
      ],
      raw: ['["+12125550123","x"]', '[" ","x","",""]', '["+12125550123","x","Nowhere/City",""]'],
    });
    expect(lines(piece).map((l) => l.slice(0, 3))).toEqual([["0", "3", "+12125550123"]]);
    expect([...piece.copyEnds].map((end) => end > 0)).toEqual([false, false, false, true]);
    expect([...piece.phones]).toEqual([0, 0, 0, 12125550123]);
    expect([...piece.zoneless]).toEqual([0, 0, 0, 0]);
  });

  it("refuses a time-zone abbreviation it cannot place, and never stores EST as a zone without DST", () => {
    const piece = normalize("+18005550100,a,MST,\n+18005550100,b,EST,\n");
    expect(piece.invalid.reason).toEqual([
      'The time-zone abbreviation "MST" is ambiguous in US (America/Boise, America/Denver, America/Phoenix keep different clocks). Add the state or region, or use an IANA name instead.',
    ]);
    expect(lines(piece)[0]![9]).toBe("America/New_York");
  });

  it("finds duplicates across pieces in file order, with the first row and the original columns", () => {
    const assembler = new StageAssembler();
    const found = noRejections();
    const second = normalize("+4930123456,c,,\n(212) 555-0123,d,,\n", false, 1);
    assembler.addPiece(normalize("+12125550123,a,,\nnope,b,,\n"), 2, found);
    assembler.addPiece(second, 4, found);
    expect(found).toEqual({
      rowNumber: [3, 5],
      reason: [
        'Phone number "nope" cannot be parsed as a valid number (numbers without a + country code are read as US).',
        "Duplicate of row 2 (+12125550123).",
      ],
      raw: ['["nope","b","",""]', '["(212) 555-0123","d","",""]'],
    });
    expect([...second.phones]).toEqual([4930123456, 0]); // the repeat is no longer loaded
    expect(assembler.counts).toEqual({ invalid: 1, duplicate: 1 });
  });
});

describe("do-not-call text", () => {
  it("reads plain lines, a CSV with a phone column, and skips a header", () => {
    expect(parseDncText("(212) 555-0123\n+33612345678\n\n", "US")).toEqual(["+12125550123", "+33612345678"]);
    expect(parseDncText("\uFEFFname;phone\nAda;030 1234567\nBob;030 1234567\n", "DE")).toEqual(["+49301234567"]);
    expect(parseDncText("Numbers\n2125550123\n", "US")).toEqual(["+12125550123"]);
  });

  it("refuses the whole upload when a line is bad, naming the lines", () => {
    expect(() => parseDncText("2125550123\nnope\n12\n", "US")).toThrow(
      /2 lines are not a valid phone number, so nothing was added: line 2: "nope", line 3: "12"/,
    );
    expect(() => parseDncText("  \n", "US")).toThrow(/empty/);
  });
});
