import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/min";

export interface NormalizedPhone {
  e164: string;
  /** The country the number belongs to (helps derive a time zone); null for non-geographic numbers. */
  country: string | null;
}

export const isPhoneCountry = (code: string): code is CountryCode => isSupportedCountry(code);

/**
 * E.164 for a phone number as people type it ("(212) 555-1234", "+49 30 1234567", "0049 …"), using
 * the default country for numbers without a country code. Null when it is not a valid number.
 */
export function normalizePhone(raw: string, defaultCountry: string): NormalizedPhone | null {
  if (!raw) return null;
  const parsed = parsePhoneNumberFromString(raw, isPhoneCountry(defaultCountry) ? defaultCountry : undefined);
  if (!parsed || !parsed.isValid()) return null;
  return { e164: parsed.number, country: parsed.country ?? null };
}
