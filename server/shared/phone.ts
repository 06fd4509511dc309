import { getCountries, parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import { z } from "zod";

export const PHONE_COUNTRIES = getCountries();
export const countryCodeSchema = z.enum(PHONE_COUNTRIES as [CountryCode, ...CountryCode[]], {
  error: "Pick a country",
});

/** A valid number in E.164, or null. National formats need the default country. */
export function toE164(raw: string, defaultCountry?: CountryCode): string | null {
  const parsed = parsePhoneNumberFromString(raw.trim(), defaultCountry);
  return parsed?.isValid() ? parsed.number : null;
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
