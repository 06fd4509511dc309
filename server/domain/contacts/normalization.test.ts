import { describe, expect, it } from "vitest";
import { normalizePhone, withInternationalZeros } from "../../shared/phone";
import { getCountries, getCountryCallingCode } from "libphonenumber-js/min";
import { createBulkPhoneNormalizer } from "./bulk-phone";
import type { StoredMapping } from "../../shared/contacts/import-mapping";
import { MAX_RECORD_CHARS } from "./csv-records";
import { createPieceParser, inlinePieceParser, PIECE_BYTES } from "./row-pool";
import { canonicalTimeZone, deriveTimeZone, timeZoneFromColumn, zonesOfPhone } from "./time-zones";
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
    expect(normalizePhone(raw, country)).toEqual({ e164, country: detected, extension: null });
  });

  it.each([
    ["(212) 555-0123 ext. 204", "US", "+12125550123", "204"],
    ["+1 212 555 0123 x9", "DE", "+12125550123", "9"],
    ["030 1234567 Durchwahl 12", "DE", "+49301234567", null],
    ["+49 30 1234567;ext=77", "US", "+49301234567", "77"],
  ])("keeps the extension of %j (default %s) apart", (raw, country, e164, extension) => {
    const parsed = normalizePhone(raw, country);
    if (extension === null) expect(parsed?.extension ?? null).toBeNull();
    else expect(parsed).toMatchObject({ e164, extension });
  });

  it.each([
    ["00 44 20 7946 0958", "US", "+442079460958"], // the US dials out with 011
    ["0044 20 7946 0958", "CA", "+442079460958"],
    ["(00) 44 20 7946 0958", "MX", "+442079460958"],
    ["00 1 212 555 0123", "AU", "+12125550123"], // Australia dials out with 0011
    ["0049 30 1234567", "DE", "+49301234567"], // where 00 is the prefix anyway
  ])("reads a leading 00 in %j (default %s) as the international prefix", (raw, country, e164) => {
    expect(normalizePhone(raw, country)?.e164).toBe(e164);
  });

  it("does not guess when 00… is a valid number both as written and with 00 as the international prefix", () => {
    // Japan dials out with 010, and 0049 30 1234567 is a valid Japanese number too.
    expect(normalizePhone("00 49 30 1234567", "JP")).toMatchObject({
      e164: "+810049301234567",
      ambiguousWith: "+49301234567",
    });
    const parse = (raw: string) =>
      raw.startsWith("+")
        ? { e164: "+44207946", country: "GB", extension: null }
        : { e164: "+1004420794", country: "XX", extension: null };
    expect(withInternationalZeros("0044207946", "XX", parse)).toEqual({
      e164: "+1004420794",
      country: "XX",
      extension: null,
      ambiguousWith: "+44207946",
    });
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
    ["US/Eastern", "America/New_York"],
    ["UTC", "UTC"],
  ])("accepts %s as %s", (v, expected) => expect(canonicalTimeZone(v)).toBe(expected));

  // EST, MST and HST are tz links to zones without daylight saving time (America/Panama, …).
  it.each(["Mars/Olympus", "+02:00", "GMT+2 ", "", "Europe/", "EST5EDT; DROP", "EST", "MST", "HST", "CET"])(
    "rejects %j as an IANA name",
    (v) => expect(canonicalTimeZone(v)).toBeNull(),
  );

  const place = (e164: string, country: string | null = null, region: string | null = null) => ({
    e164,
    country,
    region,
  });

  it.each([
    ["DE", null, "+49301234567", "Europe/Berlin"],
    ["FR", "Bretagne", "+33612345678", "Europe/Paris"], // one local time: region not needed
    ["US", "NY", "+18005550100", "America/New_York"],
    ["US", "US-CA", "+18005550100", "America/Los_Angeles"],
    ["US", "california", "+12125550123", "America/Los_Angeles"], // the region wins over the phone
    ["CA", "AB", "+18005550100", "America/Edmonton"],
    ["AU", "VIC", "+61412345678", "Australia/Melbourne"],
    ["BR", "SP", "+5511912345678", "America/Sao_Paulo"],
    ["MX", "CMX", "+525512345678", "America/Mexico_City"],
    ["ES", "CN", "+34912345678", "Atlantic/Canary"],
    // From the area code when it lies in one zone (libphonenumber's time-zone map).
    ["US", null, "+12125550123", "America/New_York"],
    ["US", null, "+16025550123", "America/Phoenix"],
    ["US", null, "+18085550123", "Pacific/Honolulu"],
    ["CA", null, "+14165550123", "America/Toronto"],
    ["CA", null, "+13065550123", "America/Regina"],
    ["GB", null, "+442079460958", "Europe/London"], // +44 names four zones that keep one clock
  ])("derives %s/%s/%s → %s", (country, region, e164, zone) =>
    expect(deriveTimeZone(place(e164, country, region))).toBe(zone),
  );

  it.each([
    ["US", null, "+18005550100"], // toll-free: no area
    ["US", "TX", "+15125550123"], // Texas spans two zones; the state wins over the (portable) number
    ["MX", null, "+12125550123"], // the area code's zone is not in the contact's country
    ["US", null, "+19075550123"], // Alaska: America/Anchorage and America/Adak
    ["US", null, "+16055550123"], // South Dakota: Central and Mountain
    ["CA", "ON", "+18005550100"],
    ["AU", "NSW", "+61412345678"], // Broken Hill keeps Central time; mobiles have no area
    ["RU", "XX", "+79123456789"], // libphonenumber's map says Moscow for this Ural mobile range: not used
    ["ZZ", null, "+80012345678"],
    [null, "NY", "+80012345678"],
  ])("no guess for %s/%s/%s", (country, region, e164) =>
    expect(deriveTimeZone(place(e164, country, region))).toBeNull(),
  );

  it("every zone in the tables is a zone this runtime knows", () => {
    const zones = [
      ...Object.values(SINGLE_ZONE_COUNTRIES),
      ...Object.values(REGION_ZONES).flatMap((r) => Object.values(r)),
    ];
    expect(zones.filter((z) => canonicalTimeZone(z) === null)).toEqual([]);
  });

  it("reads area codes from libphonenumber's data, several zones where the code spans them", () => {
    expect(zonesOfPhone("+12125550123")).toEqual(["America/New_York"]);
    expect([...zonesOfPhone("+19075550123")].sort()).toEqual(["America/Adak", "America/Anchorage"]);
  });

  const column = (value: string, e164: string, country: string | null = null, region: string | null = null) =>
    timeZoneFromColumn(value, place(e164, country, region));

  it.each([
    ["EST", "+12125550123", "US", null, "America/New_York"], // the area code's zone uses EST
    ["est", "+12125550123", "US", null, "America/New_York"],
    ["EDT", "+12125550123", "US", null, "America/New_York"],
    ["EST", "+13125550123", "US", null, "America/New_York"], // a Chicago number, but Eastern time it says
    ["EST", "+18005550100", "US", null, "America/New_York"], // every US zone using EST keeps one clock
    ["CST", "+18005550100", "US", null, "America/Chicago"],
    ["CDT", "+15125550123", "US", "TX", "America/Chicago"],
    ["PST", "+18005550100", "US", null, "America/Los_Angeles"],
    ["PDT", "+12065550123", "US", null, "America/Los_Angeles"],
    ["AKST", "+19075550123", "US", null, "America/Anchorage"],
    ["MST", "+13035550123", "US", null, "America/Denver"],
    ["MST", "+16025550123", "US", null, "America/Phoenix"], // Arizona keeps MST all year, by its area code
    ["MST", "+18005550100", "US", "CO", "America/Denver"],
    ["HST", "+18085550123", "US", null, "Pacific/Honolulu"],
    ["EST", "+14165550123", "CA", null, "America/Toronto"],
    ["CST", "+12045550123", "CA", null, "America/Winnipeg"],
    ["CST", "+13065550123", "CA", null, "America/Regina"],
    ["GMT", "+442079460958", "GB", null, "Europe/London"],
    ["BST", "+442079460958", "GB", null, "Europe/London"],
    ["CET", "+49301234567", "DE", null, "Europe/Berlin"],
    ["IST", "+919812345678", "IN", null, "Asia/Kolkata"],
    ["IST", "+35312345678", "IE", null, "Europe/Dublin"],
    ["America/Chicago", "+12125550123", "US", null, "America/Chicago"], // an IANA name is taken as written
  ])("resolves %s for %s (%s/%s) to %s", (value, e164, country, region, zone) =>
    expect(column(value, e164, country, region)).toEqual({ zone }),
  );

  it.each([
    ["MST", "+18005550100", "US", null, /ambiguous in US/], // Denver keeps DST, Phoenix does not
    ["EST", "+18005550100", "CA", null, /ambiguous in CA/], // Toronto and Atikokan
    ["CST", "+18005550100", "CA", null, /ambiguous in CA/], // Winnipeg and Regina
    ["EST", "+49301234567", "DE", null, /not used in DE/],
    ["XYZ", "+12125550123", "US", null, /not used in US/],
    ["EST", "+80012345678", null, null, /ambiguous without a country/],
    ["EST5EDT", "+12125550123", "US", null, /Unknown time zone/],
    ["+05:00", "+12125550123", "US", null, /Unknown time zone/],
  ])("refuses %s for %s (%s/%s)", (value, e164, country, region, message) => {
    const answer = column(value, e164, country, region);
    expect("error" in answer && answer.error).toMatch(message);
  });

  it("never maps a daylight-saving abbreviation to a zone without daylight saving time", () => {
    const observesDst = (zone: string) => {
      const offset = (month: number) =>
        new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
          .formatToParts(Date.UTC(2026, month, 15))
          .find((p) => p.type === "timeZoneName")!.value;
      return offset(0) !== offset(6);
    };
    const abbreviations = ["EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "AST", "ADT"];
    const places = [
      place("+18005550100", "US"),
      place("+18005550100", "CA"),
      place("+18005550100", null),
      place("+12125550123", null),
      place("+13125550123", "US"),
      place("+19075550123", "US"),
      place("+16055550123", "US"),
    ];
    for (const abbreviation of abbreviations)
      for (const where of places) {
        const answer = timeZoneFromColumn(abbreviation, where);
        if ("zone" in answer && answer.zone)
          expect([abbreviation, answer.zone, observesDst(answer.zone)]).toEqual([abbreviation, answer.zone, true]);
      }
  });
});
