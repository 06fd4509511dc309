import {
  getCountries,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
  type MetadataJson,
} from "libphonenumber-js/core";
import metadata from "libphonenumber-js/min/metadata";
import { z } from "zod";

// The one phone module (docs/decisions.md): every number the app reads, from a form, a contact
// import or a do-not-call upload, is normalized here with ONE libphonenumber-js metadata set, the
// "min" set (valid-number checks without per-type patterns; ~80 kB). The import's bulk parser
// (domain/contacts/bulk-phone.ts) passes the same object to the library's inner parse.
export const PHONE_METADATA: MetadataJson = metadata;

export type { CountryCode };
export const PHONE_COUNTRIES: CountryCode[] = getCountries(PHONE_METADATA);
export const countryCodeSchema = z.enum(PHONE_COUNTRIES as [CountryCode, ...CountryCode[]], {
  error: "Pick a country",
});

export const isPhoneCountry = (code: string): code is CountryCode =>
  isSupportedCountry(code as CountryCode, PHONE_METADATA);

/** "+49" for DE. */
export const callingCodeOf = (country: CountryCode): string => `+${getCountryCallingCode(country, PHONE_METADATA)}`;

export interface NormalizedPhone {
  e164: string;
  /** The country the number belongs to (helps derive a time zone); null for non-geographic numbers. */
  country: string | null;
  /** The extension written after the number ("x 204", "ext. 9"): E.164 cannot hold it, so it is kept apart. */
  extension: string | null;
  /**
   * Set when the number starts with 00 and reads as two different valid numbers: as written in the
   * default country, and with 00 as the international prefix (this E.164). Nothing should guess.
   */
  ambiguousWith?: string;
}

/**
 * E.164 for a phone number as people type it ("(212) 555-1234", "+49 30 1234567", "0049 …"), using
 * the default country for numbers without a country code. Null when it is not a valid number.
 */
export function normalizePhone(raw: string, defaultCountry?: string): NormalizedPhone | null {
  return withInternationalZeros(raw, defaultCountry ?? "", parseOnce);
}

function parseOnce(raw: string, defaultCountry: string): NormalizedPhone | null {
  if (!raw) return null;
  const country = isPhoneCountry(defaultCountry) ? defaultCountry : undefined;
  const parsed = parsePhoneNumberFromString(raw, { defaultCountry: country }, PHONE_METADATA);
  if (!parsed || !parsed.isValid()) return null;
  return { e164: parsed.number, country: parsed.country ?? null, extension: parsed.ext ?? null };
}

/** "00" at the start, in any spacing ("00 44", "(00)44"), followed by a country code. */
const ZERO_ZERO = /^[\s(]*0[\s.\-()/]*0[\s.\-()/]*(?=[1-9])/;

/**
 * Reads a leading 00 as the international prefix, as most of the world dials it, also when the
 * default country dials out with something else (011 in the US): "00 44 20 7946 0958" under US is
 * +44 20 7946 0958. The number as written in the default country wins when only it is valid (or both
 * give the same number); when both readings are valid and differ, the result says so (ambiguousWith).
 */
export function withInternationalZeros(
  raw: string,
  defaultCountry: string,
  parse: (raw: string, defaultCountry: string) => NormalizedPhone | null,
): NormalizedPhone | null {
  const asWritten = parse(raw, defaultCountry);
  const zeros = ZERO_ZERO.exec(raw);
  if (!zeros) return asWritten;
  const international = parse(`+${raw.slice(zeros[0].length)}`, defaultCountry);
  if (!international) return asWritten;
  if (!asWritten) return international;
  return international.e164 === asWritten.e164 ? asWritten : { ...asWritten, ambiguousWith: international.e164 };
}

/** A valid number in E.164, or null. National formats need the default country. */
export const toE164 = (raw: string, defaultCountry?: string): string | null =>
  normalizePhone(raw.trim(), defaultCountry)?.e164 ?? null;

/** How a stored E.164 number reads to people ("+49 30 1234567"), and its country. */
export function describeE164(e164: string): { international: string; country: CountryCode | null } {
  const parsed = parsePhoneNumberFromString(e164, PHONE_METADATA);
  return { international: parsed?.formatInternational() ?? e164, country: parsed?.country ?? null };
}

/** Accepts "+1 415 555 2671", "+14155552671", etc.; stores the E.164 form. */
export const e164Schema = z
  .string()
  .trim()
  .min(1, "Enter a phone number")
  .max(40, "That phone number is too long")
  .refine(
    (v) => v.startsWith("+") && toE164(v) !== null,
    "Enter a valid number in international format, e.g. +14155552671",
  )
  .transform((v) => toE164(v)!);
