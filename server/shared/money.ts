import { z } from "zod";

// Money is integer minor units + ISO currency; the UI edits major units as a string so no float
// ever stands between what a person typed and what is stored.

export const CURRENCIES = ["EUR", "USD", "GBP"] as const;
export type Currency = (typeof CURRENCIES)[number];
export const currencySchema = z.enum(CURRENCIES, { error: "Pick EUR, USD or GBP" });

/** All supported currencies have 2 decimals. */
const MAJOR = /^(\d{1,9})(?:[.,](\d{1,2}))?$/;

/** "1234.56" → 123456, "1,234.5" → 123450 (thousand separators: "," or " " before a "." decimal). Null when unparseable. */
export function parseMajorToMinor(input: string): number | null {
  let s = input.trim().replace(/\s/g, "");
  if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(s)) s = s.replace(/,/g, "");
  const m = MAJOR.exec(s);
  if (!m) return null;
  const minor = Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
  return Number.isSafeInteger(minor) ? minor : null;
}

/** 123456 → "1234.56". */
export function formatMinorAsMajor(minor: number): string {
  const sign = minor < 0 ? "-" : "";
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

export function formatMoney(minor: number, currency: string, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(minor / 100);
}

/** Percent with at most one decimal ("2.5") → basis points (250). Null when unparseable. */
export function parsePercentToBps(input: string): number | null {
  const m = /^(\d{1,3})(?:[.,](\d))?$/.exec(input.trim().replace(/\s*%$/, ""));
  return m ? Number(m[1]) * 100 + Number(m[2] ?? "0") * 10 : null;
}

export function formatBpsAsPercent(bps: number): string {
  return `${Math.floor(bps / 100)}.${Math.floor((bps % 100) / 10)}`;
}
