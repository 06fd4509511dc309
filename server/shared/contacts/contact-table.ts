import { z } from "zod";
import { describeE164, toE164 } from "../phone";

// The contact table (contacts.list): its input, how a search is read, and how a phone number is
// masked for roles that may not see it whole. Shared, so the page and the server agree.

export const CONTACT_PAGE_SIZES = [25, 50, 100] as const;
export type ContactPageSize = (typeof CONTACT_PAGE_SIZES)[number];

export const contactListInput = z.object({
  campaignId: z.string().min(1).max(64),
  /** Free text: a name or email prefix, or phone digits. */
  search: z.string().trim().max(100, "Search is at most 100 characters").default(""),
  /** Keyset cursor: the row number after which the page starts (0 for the first page). */
  after: z.number().int().min(0).default(0),
  pageSize: z
    .union(CONTACT_PAGE_SIZES.map((n) => z.literal(n)) as [z.ZodLiteral<25>, z.ZodLiteral<50>, z.ZodLiteral<100>])
    .default(25),
});
export type ContactListInput = z.input<typeof contactListInput>;

export type ContactSearch =
  | { kind: "none" }
  /** Digits anywhere in the number (roles that see whole numbers). */
  | { kind: "phoneDigits"; digits: string }
  /** One whole number, in E.164 (roles that see masked numbers: they only find a number they know). */
  | { kind: "phoneExact"; e164: string }
  /** Lower-cased prefix of the first name, last name or email. */
  | { kind: "text"; prefix: string };

const PHONE_LIKE = /^[+\d\s().-]+$/;

/**
 * How a search is matched. Three or more digits (with phone punctuation only) search the phone.
 * A role that sees masked numbers may only look a whole number up: digit-by-digit searches would
 * otherwise rebuild every masked number.
 */
export function readContactSearch(search: string, wholeNumbers: boolean): ContactSearch {
  const q = search.trim();
  if (!q) return { kind: "none" };
  const digits = q.replace(/\D/g, "");
  if (PHONE_LIKE.test(q) && digits.length >= 3) {
    if (wholeNumbers) return { kind: "phoneDigits", digits };
    const e164 = toE164(q.startsWith("+") ? q : `+${digits}`);
    // Not a whole number: match nothing rather than fall back to a partial search.
    return { kind: "phoneExact", e164: e164 ?? "" };
  }
  return { kind: "text", prefix: q.toLowerCase() };
}

/**
 * "+1 212 555 0167" → "+1 212 ••• ••67": the country code and the first group (area or carrier)
 * stay, so people can still tell regions apart; the last two digits stay, so they can tell
 * neighbours apart; everything between is hidden.
 */
export function maskPhone(e164: string): string {
  const [countryCode, ...groups] = describeE164(e164).international.split(" ");
  const keepFirst = groups.length > 1 ? 1 : 0;
  const hidden = groups.slice(keepFirst).join(" ");
  const lastTwo = hidden.replace(/\D/g, "").length - 2;
  let seen = 0;
  const masked = hidden.replace(/\d/g, (d) => (seen++ < lastTwo ? "•" : d));
  return [countryCode, ...groups.slice(0, keepFirst), masked].join(" ");
}

/** A stored number as the viewer may see it. */
export const displayPhone = (e164: string, wholeNumbers: boolean): string =>
  wholeNumbers ? describeE164(e164).international : maskPhone(e164);
