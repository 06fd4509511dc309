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
}

/**
 * E.164 for a phone number as people type it ("(212) 555-1234", "+49 30 1234567", "0049 …"), using
 * the default country for numbers without a country code. Null when it is not a valid number.
 */
export function normalizePhone(raw: string, defaultCountry?: string): NormalizedPhone | null {
  if (!raw) return null;
  const country = defaultCountry && isPhoneCountry(defaultCountry) ? defaultCountry : undefined;
  const parsed = parsePhoneNumberFromString(raw, { defaultCountry: country }, PHONE_METADATA);
  if (!parsed || !parsed.isValid()) return null;
  return { e164: parsed.number, country: parsed.country ?? null };
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
