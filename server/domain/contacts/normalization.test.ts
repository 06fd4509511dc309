import { describe, expect, it } from "vitest";
import { normalizePhone } from "./phone";
import { inlinePhoneParser, createPhoneParser } from "./phone-pool";
import { canonicalTimeZone, deriveTimeZone } from "./time-zones";
import { REGION_ZONES, SINGLE_ZONE_COUNTRIES } from "./time-zone-data";

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

  it.each([["", "US"], ["12345", "US"], ["not a number", "US"], ["+1 000 000 0000", "US"], ["555-CALL-NOW", "US"], ["030 1234567", "US"]])("rejects %j (default %s)", (raw, country) => {
    expect(normalizePhone(raw, country)).toBeNull();
  });

  it("an unknown default country only accepts numbers with a country code", () => {
    expect(normalizePhone("+33612345678", "ZZ")?.e164).toBe("+33612345678");
    expect(normalizePhone("0612345678", "ZZ")).toBeNull();
  });

  it("the worker-thread parser agrees with normalizePhone", async () => {
    const phones = ["(212) 555-0123", "+1 416 555 0123", "030 1234567", "12345", "", "+44 20 7946 0958", "nonsense", "06 12 34 56 78"];
    const defaults = ["US", "US", "DE", "US", "US", "US", "US", "FR"];
    const pool = createPhoneParser(2);
    try {
      expect(await pool.parse(phones, defaults)).toEqual(await inlinePhoneParser.parse(phones, defaults));
    } finally {
      await pool.close();
    }
  });

  it("the worker-thread parser (with its compiled-pattern cache) agrees on a broad sample", async () => {
    // Every NANP area code (the country is found by testing each NANP country's patterns) and
    // national/international forms for a spread of countries, valid and invalid.
    const phones: string[] = [];
    const defaults: string[] = [];
    for (let npa = 200; npa < 1000; npa++) {
      phones.push(`+1${npa}${200 + (npa % 800)}${String(npa * 7).padStart(4, "0").slice(-4)}`, `(${npa}) 555-01${String(npa % 100).padStart(2, "0")}`);
      defaults.push("US", npa % 2 ? "CA" : "US");
    }
    const countries = ["DE", "GB", "FR", "AU", "IT", "ES", "NL", "BR", "MX", "IN", "JP", "CN", "RU", "ZA", "NG", "AR", "SE", "CH", "PL", "TR"];
    for (let i = 0; i < 2000; i++) {
      const digits = String((i * 7919 + 104729) * 97).padStart(9, "0").slice(-9);
      phones.push(i % 3 === 0 ? `+${[44, 49, 33, 61, 39, 34, 31, 55, 52, 91, 81, 86, 7, 27, 234, 54, 46, 41, 48, 90][i % 20]} ${i % 2 ? "7" : "6"}${digits}` : `0${i % 2 ? "7" : "1"}${digits}`);
      defaults.push(countries[i % countries.length]!);
    }
    const pool = createPhoneParser(2);
    try {
      const expected = await inlinePhoneParser.parse(phones, defaults);
      expect(expected.filter(Boolean).length).toBeGreaterThan(500);
      expect(await pool.parse(phones, defaults)).toEqual(expected);
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

  it.each(["Mars/Olympus", "+02:00", "GMT+2 ", "", "Europe/", "EST5EDT; DROP"])("rejects %j", (v) => expect(canonicalTimeZone(v)).toBeNull());

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
    const zones = [...Object.values(SINGLE_ZONE_COUNTRIES), ...Object.values(REGION_ZONES).flatMap((r) => Object.values(r))];
    expect(zones.filter((z) => canonicalTimeZone(z) === null)).toEqual([]);
  });
});
