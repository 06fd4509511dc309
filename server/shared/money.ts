import { z } from "zod";

// The one money module (docs/decisions.md): amounts are integer minor units plus an ISO 4217
// currency, on the server and in the browser. People type major units ("1,234.50"); parsing and
// formatting go through decimal strings, so no float ever stands between what was typed, what is
// stored and what is shown.

/** Currencies campaigns and rate plans can use. Each keeps its own minor-unit exponent. */
export const CURRENCIES = ["EUR", "USD", "GBP", "JPY"] as const;
export type Currency = (typeof CURRENCIES)[number];
export const currencySchema = z.enum(CURRENCIES, { error: `Pick one of ${CURRENCIES.join(", ")}` });

const exponents = new Map<string, number>();
/** Decimal places of a currency's minor unit (JPY 0, USD 2, KWD 3), from Intl (ISO 4217 data). */
export function minorUnitDigits(currency: string): number {
  let digits = exponents.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    exponents.set(currency, digits);
  }
  return digits;
}

export type ParsedAmount = { ok: true; minor: number } | { ok: false; message: string };

/** Digits, optionally grouped in threes by one kind of separator: "1234", "1,234,567", "1 234 567". */
const INTEGER = /^(?:\d+|\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+)$/;

/**
 * Major units as a person types them → integer minor units of `currency`. The grammar:
 *
 *   amount  = integer [ "." fraction ]      fraction: 1 … exponent digits (none for JPY)
 *   integer = digits, or digits grouped in threes by "," or by spaces (one kind per amount)
 *
 * So "." is the only decimal separator and "," only ever groups thousands: "1,234" is 1234 and
 * "1,234.50" is 1234.50. Input that another convention reads differently is refused with a message
 * saying how to write it: "12,50" (decimal comma), "1.234,56", a sign, an exponent, a currency
 * symbol, or more decimals than the currency has ("1.234" in EUR).
 */
export function parseMoney(input: string, currency: string): ParsedAmount {
  const digits = minorUnitDigits(currency);
  const example = digits === 0 ? "1234" : `1234.${"5".padEnd(digits, "0")}`;
  const text = input.trim();
  if (text === "") return { ok: false, message: "Enter an amount" };
  if (/^[-−]/.test(text)) return { ok: false, message: "Enter an amount of 0 or more" };
  const [whole = "", fraction, ...rest] = text.split(".");
  if (rest.length > 0 || (fraction !== undefined && !/^\d+$/.test(fraction)) || !/^[\d, \u00a0\u202f]+$/.test(whole))
    return { ok: false, message: `Enter the amount as digits with a point for decimals, like ${example}` };
  if (!INTEGER.test(whole)) {
    // "12,50", "1,5": a decimal comma, which this grammar never reads.
    return /,\d{1,2}$/.test(whole) && fraction === undefined && digits > 0
      ? { ok: false, message: `Use a point for decimals, like ${whole.replace(/,(\d+)$/, ".$1")}` }
      : { ok: false, message: `Group thousands in threes (1,234,567) or leave them out (1234567)` };
  }
  if (fraction !== undefined && fraction.length > digits)
    return {
      ok: false,
      message:
        digits === 0
          ? `${currency} amounts have no decimals`
          : `${currency} amounts have at most ${digits} decimal${digits === 1 ? "" : "s"}`,
    };
  const minorDigits = (whole.replace(/\D/g, "") + (fraction ?? "").padEnd(digits, "0")).replace(/^0+(?=\d)/, "");
  if (minorDigits.length > 16 || BigInt(minorDigits) > BigInt(Number.MAX_SAFE_INTEGER))
    return { ok: false, message: "That amount is too large" };
  return { ok: true, minor: Number(minorDigits) };
}

/** parseMoney() for code that only needs the number: null when the input does not parse. */
export function parseMajorToMinor(input: string, currency: string): number | null {
  const parsed = parseMoney(input, currency);
  return parsed.ok ? parsed.minor : null;
}

/** Integer minor units → a plain decimal string of major units ("-1234.50"; JPY "1234"). */
export function formatMinorAsMajor(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Money must be an integer number of minor units: ${minor}`);
  const digits = minorUnitDigits(currency);
  const abs = String(Math.abs(minor)).padStart(digits + 1, "0");
  const decimal = digits === 0 ? abs : `${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
  return `${minor < 0 ? "-" : ""}${decimal}`;
}

const formatters = new Map<string, Intl.NumberFormat>();
/**
 * Integer minor units for people: "€1,234.50", "¥4,500", "KWD 1.234". Intl formats the decimal
 * string exactly (Intl.NumberFormat v3 accepts strings), so large amounts keep every digit.
 */
export function formatMoney(minor: number, currency: string, locale = "en"): string {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const digits = minorUnitDigits(currency);
    formatter = new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(formatMinorAsMajor(minor, currency) as `${number}`);
}

/**
 * A zod check for an amount typed in major units, in a currency known only with the rest of the
 * object (a plan's or a campaign's own currency). Use it in the object's superRefine.
 */
export function checkAmount(
  ctx: z.RefinementCtx,
  path: string,
  value: string,
  currency: string,
  limits: { label: string; positive?: boolean; maxMinor: number },
): void {
  const parsed = parseMoney(value, currency);
  const message = !parsed.ok
    ? value.trim() === ""
      ? `Enter the ${limits.label}`
      : parsed.message
    : limits.positive && parsed.minor === 0
      ? `The ${limits.label} must be more than 0`
      : parsed.minor > limits.maxMinor
        ? `The ${limits.label} can be at most ${formatMoney(limits.maxMinor, currency)}`
        : null;
  if (message) ctx.addIssue({ code: "custom", path: [path], message });
}

/**
 * superRefine params for checkAmount: zod skips an object's refinements once any field failed;
 * this runs them as long as the amount and currency fields themselves parsed, so a form shows an
 * amount's error together with, say, a missing name.
 */
export const whenParsed = (...fields: string[]) => ({
  when: (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) =>
    !payload.issues.some((issue) => fields.includes(String(issue.path?.[0]))),
});
