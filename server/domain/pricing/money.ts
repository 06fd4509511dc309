/** Decimal places of a currency's minor unit (EUR 2, JPY 0, KWD 3), from Intl. */
export function minorUnitDigits(currency: string): number {
  return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * Formats integer minor units for people. The only float is the final display value, built from
 * the integer as a decimal string, so no arithmetic happens on it.
 */
export function formatMinor(amountMinor: number, currency: string, locale = "en"): string {
  const digits = minorUnitDigits(currency);
  const negative = amountMinor < 0;
  const abs = String(Math.abs(amountMinor)).padStart(digits + 1, "0");
  const decimal = digits === 0 ? abs : `${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
  const formatter = new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  // Intl accepts decimal strings (ES2023), which keeps large amounts exact.
  return formatter.format(`${negative ? "-" : ""}${decimal}` as unknown as number);
}

/** Parses a person's "1234.5" into minor units for a currency; null when it is not a plain amount. */
export function parseMajorToMinor(value: string, currency: string): number | null {
  const digits = minorUnitDigits(currency);
  const match = /^\s*(\d{1,12})(?:[.,](\d+))?\s*$/.exec(value);
  if (!match) return null;
  const fraction = match[2] ?? "";
  if (fraction.length > digits) return null;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
}
