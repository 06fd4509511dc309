import { describe, expect, it } from "vitest";
import { normalizePhone } from "../../shared/phone";
import { getCountries, getCountryCallingCode } from "libphonenumber-js/min";
import { createBulkPhoneNormalizer } from "./bulk-phone";
import type { StoredMapping } from "../../shared/contacts/import-mapping";
import { MAX_RECORD_CHARS } from "./csv-records";
import { createPieceParser, inlinePieceParser, PIECE_BYTES } from "./row-pool";
import { canonicalTimeZone, deriveTimeZone } from "./time-zones";
import { REGION_ZONES, SINGLE_ZONE_COUNTRIES } from "../../shared/contacts/time-zone-data";

describe("phone normalization to E.164", () => {
  it.each([
    ["(212) 555-0123", "US", "+12125550123", "US"],
    ["212.555.0123", "US", "+12125550123", "US"],
    ["+1 416 555 0123", "DE", "+14165550123", "CA"], // +country code wins over the default
    ["030 1234567", "DE", "+49301234567", "DE"],
    ["0049 30 1234567", "DE", "+49301234567", "DE"],
    ["+44 20 7946 0958", "US", "+442079460958", "GB"],
    ["06 12 34 56 78", "FR", "+33612345678", "FR"],
  ])("%s (default %s) → %s", (raw, country, e164, detected) => {
    expect(normalizePhone(raw, country)).toEqual({ e164, country: detected });
  });

  it.each([
    ["", "US"],
    ["12345", "US"],
    ["not a number", "US"],
    ["+1 000 000 0000", "US"],
    ["555-CALL-NOW", "US"],
    ["030 1234567", "US"],
  ])("rejects %j (default %s)", (raw, country) => {
    expect(normalizePhone(raw, country)).toBeNull();
  });

  it("an unknown default country only accepts numbers with a country code", () => {
    expect(normalizePhone("+33612345678", "ZZ")?.e164).toBe("+33612345678");
    expect(normalizePhone("0612345678", "ZZ")).toBeNull();
  });

  it("the bulk parser (libphonenumber-js internals, compiled-pattern cache) agrees on a broad sample", () => {
    // Every NANP area code (the country is found by testing each NANP country's patterns) and
    // national/international forms for a spread of countries, valid and invalid.
    const phones: string[] = [
      "(212) 555-0123",
      "+1 416 555 0123",
      "030 1234567",
      "12345",
      "",
      "+44 20 7946 0958",
      "nonsense",
      "06 12 34 56 78",
      "+",
      "++1",
      "0",
    ];
    const defaults: string[] = ["US", "US", "DE", "US", "US", "US", "US", "FR", "US", "US", "ZZ"];
    for (let npa = 200; npa < 1000; npa++) {
      phones.push(
        `+1${npa}${200 + (npa % 800)}${String(npa * 7)
          .padStart(4, "0")
          .slice(-4)}`,
        `(${npa}) 555-01${String(npa % 100).padStart(2, "0")}`,
      );
      defaults.push("US", npa % 2 ? "CA" : "US");
    }
    const countries = [
      "DE",
      "GB",
      "FR",
      "AU",
      "IT",
      "ES",
      "NL",
      "BR",
      "MX",
      "IN",
      "JP",
      "CN",
      "RU",
      "ZA",
      "NG",
      "AR",
      "SE",
      "CH",
      "PL",
      "TR",
      "ZZ",
    ];
    for (let i = 0; i < 2000; i++) {
      const digits = String((i * 7919 + 104729) * 97)
        .padStart(9, "0")
        .slice(-9);
      phones.push(
        i % 3 === 0
          ? `+${[44, 49, 33, 61, 39, 34, 31, 55, 52, 91, 81, 86, 7, 27, 234, 54, 46, 41, 48, 90][i % 20]} ${i % 2 ? "7" : "6"}${digits}`
          : `0${i % 2 ? "7" : "1"}${digits}`,
      );
      defaults.push(countries[i % countries.length]!);
    }
    // Expected answers first: creating the bulk parser patches libphonenumber-js's pattern helper.
    const expected = phones.map((p, i) => normalizePhone(p, defaults[i]));
    const bulk = createBulkPhoneNormalizer();
    expect(expected.filter(Boolean).length).toBeGreaterThan(500);
    expect(phones.map((p, i) => bulk(p, defaults[i]!))).toEqual(expected);
  });

  it("the bulk parser keeps libphonenumber-js's rules for extensions, other scripts' digits and stray plus signs", () => {
    const tricky = [
      "(212) 555-0123 x45",
      "212-555-0123 ext. 7",
      "+1 212 555 0123;ext=9",
      "212 555 0123 #12",
      "212-555-0123-45#",
      "212 555 0123,,3",
      "212 555 0123, 4",
      "+49 30 1234567 доб 5",
      "+34 912 345 678 anexo 2",
      "＋１ ２１２ ５５５ ０１２３",
      "٠٣٠ ١٢٣٤٥٦٧",
      "+۴۹ ۳۰ ۱۲۳۴۵۶۷",
      "1+212 555 0123",
      "+1 212 + 555 0123",
      "(+1) 212 555 0123",
      "+ 1 212 555 0123",
      "tel:+1-212-555-0123",
      "212/555/0123",
      "212.555.0123.",
      " (212) 555-0123 ",
      "12",
      "1 2",
      "+12",
      "00 1 212 555 0123",
      "011 49 30 1234567",
      "1 (800) 555-0199",
      "8 (800) 555-35-35",
      "+7 800 555 35 35",
      "0 30 1234567",
    ];
    const defaults = ["US", "DE", "RU", "GB", "ZZ"];
    const cases = tricky.flatMap((raw) => defaults.map((country) => [raw, country] as const));
    const expected = cases.map(([raw, country]) => normalizePhone(raw, country));
    const bulk = createBulkPhoneNormalizer();
    expect(cases.map(([raw, country]) => bulk(raw, country))).toEqual(expected);
  });

  it("the bulk parser agrees in every country, for national and international forms", () => {
    const cases: [string, string][] = [];
    let seed = 12345;
    const digit = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % 10);
    for (const country of getCountries()) {
      const code = getCountryCallingCode(country);
      for (let i = 0; i < 24; i++) {
        const national = Array.from({ length: 6 + (i % 7) }, digit).join("");
        const shown = i % 3 === 0 ? national : `${national.slice(0, 3)} ${national.slice(3, 6)}-${national.slice(6)}`;
        cases.push([i % 2 ? `+${code} ${shown}` : `${i % 4 === 0 ? "0" : ""}${shown}`, i % 5 === 0 ? "US" : country]);
      }
    }
    const expected = cases.map(([raw, country]) => normalizePhone(raw, country));
    const bulk = createBulkPhoneNormalizer();
    expect(expected.filter(Boolean).length).toBeGreaterThan(600);
    expect(cases.map(([raw, country]) => bulk(raw, country))).toEqual(expected);
  });
});

describe("import worker threads", () => {
  it("fit a piece of the shortest rows with one longest record in their heap limit", async () => {
    const mapping: StoredMapping = {
      header: ["phone", "name"],
      delimiter: ",",
      columns: ["phone", "firstName"],
      defaultCountry: "US",
    };
    const pool = createPieceParser(mapping, 1);
    try {
      const piece = await pool.normalize(
        `2125550123,${"x".repeat(MAX_RECORD_CHARS - 20)}\n${"1,\n".repeat(PIECE_BYTES / 3)}`,
        false,
        0,
      );
      expect(piece.rows).toBe(1 + Math.floor(PIECE_BYTES / 3));
      expect(piece.invalid.idx.length).toBe(piece.rows);
    } finally {
      await pool.close();
    }
  }, 30_000);

  it("normalize a piece exactly as the calling thread does", async () => {
    const mapping: StoredMapping = {
      header: ["phone", "name", "country", "Plan"],
      delimiter: ";",
      columns: ["phone", "firstName", "country", "custom"],
      defaultCountry: "US",
    };
    const csv =
      'phone;name;country;Plan\n(212) 555-0123;Ada;;Gold\n030 1234567;"Bob; Jr";DE;\nnope;Cy;;x\n+44 20 7946 0958;Di;XX;\n';
    const pool = createPieceParser(mapping, 2);
    try {
      const [first, again] = await Promise.all([pool.normalize(csv, true, 0), pool.normalize(csv, true, 0)]);
      const expected = await inlinePieceParser(mapping).normalize(csv, true, 0);
      expect([...expected.phones]).toEqual([12125550123, 49301234567, 0, 0]);
      expect(first).toEqual(expected);
      expect(again).toEqual(expected);
    } finally {
      await pool.close();
    }
  });
});

describe("time zones", () => {
  it.each([
    ["Europe/Berlin", "Europe/Berlin"],
    ["europe/berlin", "Europe/Berlin"],
    ["America/New_York", "America/New_York"],
    ["UTC", "UTC"],
  ])("accepts %s as %s", (v, expected) => expect(canonicalTimeZone(v)).toBe(expected));

  it.each(["Mars/Olympus", "+02:00", "GMT+2 ", "", "Europe/", "EST5EDT; DROP"])("rejects %j", (v) =>
    expect(canonicalTimeZone(v)).toBeNull(),
  );

  it.each([
    ["DE", null, "Europe/Berlin"],
    ["FR", "Bretagne", "Europe/Paris"], // one local time: region not needed
    ["US", "NY", "America/New_York"],
    ["US", "US-CA", "America/Los_Angeles"],
    ["US", "california", "America/Los_Angeles"],
    ["CA", "AB", "America/Edmonton"],
    ["AU", "VIC", "Australia/Melbourne"],
    ["BR", "SP", "America/Sao_Paulo"],
    ["MX", "CMX", "America/Mexico_City"],
    ["ES", "CN", "Atlantic/Canary"],
  ])("derives %s/%s → %s", (country, region, zone) => expect(deriveTimeZone(country, region)).toBe(zone));

  it.each([
    ["US", null], // several zones and no region
    ["US", "TX"], // Texas spans two zones
    ["US", "FL"],
    ["CA", "ON"],
    ["AU", "NSW"], // Broken Hill keeps Central time
    ["RU", "XX"],
    ["ID", null], // several zones, no region table
    [null, "NY"],
    ["ZZ", null],
  ])("no guess for %s/%s", (country, region) => expect(deriveTimeZone(country, region)).toBeNull());

  it("every zone in the tables is a zone this runtime knows", () => {
    const zones = [
      ...Object.values(SINGLE_ZONE_COUNTRIES),
      ...Object.values(REGION_ZONES).flatMap((r) => Object.values(r)),
    ];
    expect(zones.filter((z) => canonicalTimeZone(z) === null)).toEqual([]);
  });
});
