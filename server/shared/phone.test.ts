import { describe, expect, it } from "vitest";
import metadataFromMinEntry from "libphonenumber-js/min/metadata";
import { parsePhoneNumberFromString as parseWithDefaultEntry } from "libphonenumber-js";
import {
  callingCodeOf,
  countryCodeSchema,
  describeE164,
  e164Schema,
  isPhoneCountry,
  normalizePhone,
  PHONE_METADATA,
  toE164,
} from "./phone";

describe("one phone module, one metadata set", () => {
  it("is the min metadata set the bulk parser also uses", () => {
    expect(PHONE_METADATA).toBe(metadataFromMinEntry);
  });

  it.each([
    ["(212) 555-1234", "US", { e164: "+12125551234", country: "US", extension: null }],
    ["+49 30 1234567", "US", { e164: "+49301234567", country: "DE", extension: null }],
    ["0049 30 1234567", "DE", { e164: "+49301234567", country: "DE", extension: null }],
    ["030 1234567", "DE", { e164: "+49301234567", country: "DE", extension: null }],
    ["+800 1234 5678", "US", { e164: "+80012345678", country: null, extension: null }],
    ["555-1234", "US", null],
    ["030 1234567", "XX", null], // unknown default country: only international numbers parse
    ["", "US", null],
  ])("normalizes %j (default %s)", (raw, country, expected) => {
    expect(normalizePhone(raw, country)).toEqual(expected);
  });

  it("agrees with the library's default entry point on validity and E.164", () => {
    for (const raw of ["+1 415 555 2671", "+44 20 7946 0958", "+33 1 23 45 67 89", "+81 3-1234-5678", "+1 555"]) {
      const reference = parseWithDefaultEntry(raw);
      expect(toE164(raw)).toBe(reference?.isValid() ? reference.number : null);
    }
  });

  it("checks countries, calling codes and display forms from the same set", () => {
    expect(isPhoneCountry("DE")).toBe(true);
    expect(isPhoneCountry("XX")).toBe(false);
    expect(callingCodeOf("DE")).toBe("+49");
    expect(countryCodeSchema.safeParse("FR").success).toBe(true);
    expect(describeE164("+49301234567")).toEqual({ international: "+49 30 1234567", country: "DE" });
    expect(describeE164("nonsense")).toEqual({ international: "nonsense", country: null });
  });

  it("stores international input as E.164 and refuses national formats in e164Schema", () => {
    expect(e164Schema.parse(" +1 415 555 2671 ")).toBe("+14155552671");
    expect(e164Schema.safeParse("(415) 555-2671").success).toBe(false);
  });
});
