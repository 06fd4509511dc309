import { formatDays, formatMinutes, minutesOf, WEEKDAYS } from "./weekly-window";

// Guidance, not legal advice: a small, documented table of calling-hour rules in the contact's
// local time. The base limit is a hard error; the stricter regional rules are surfaced as warnings
// (the dialer applies them per contact at dial time). Review with counsel before relying on it.

export interface AllowedHours {
  days: readonly number[];
  start: string;
  end: string;
}

export interface CallingRule {
  id: string;
  jurisdiction: string;
  country: "US" | "GB" | "DE" | "FR";
  /** Where the rule comes from, for people to check. */
  source: string;
  /** Local hours in which calls are allowed. A weekday not listed allows no calls at all. */
  hours: readonly AllowedHours[];
  noLegalHolidays?: boolean;
  maxCallsPer24h?: number;
  note?: string;
}

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7] as const;
const MON_SAT = [1, 2, 3, 4, 5, 6] as const;
const MON_FRI = [1, 2, 3, 4, 5] as const;

/** The base limit every window must stay within: US federal TCPA, also the usual practice elsewhere. */
export const BASE_CALLING_LIMIT = {
  label: "US federal TCPA",
  source: "47 CFR §64.1200(c)(1): no calls before 8 a.m. or after 9 p.m. at the called party's location",
  start: "08:00",
  end: "21:00",
} as const;

export const STRICTER_CALLING_RULES: readonly CallingRule[] = [
  {
    id: "us-fl",
    jurisdiction: "Florida, US",
    country: "US",
    source: "Florida Telephone Solicitation Act, Fla. Stat. §501.616 (as amended 2021–2023)",
    hours: [{ days: EVERY_DAY, start: "08:00", end: "20:00" }],
    maxCallsPer24h: 3,
  },
  {
    id: "us-ok",
    jurisdiction: "Oklahoma, US",
    country: "US",
    source: "Oklahoma Telephone Solicitation Act of 2022, 15 O.S. §775C.4",
    hours: [{ days: EVERY_DAY, start: "08:00", end: "20:00" }],
    maxCallsPer24h: 3,
  },
  {
    id: "us-md",
    jurisdiction: "Maryland, US",
    country: "US",
    source: "Maryland Stop the Spam Calls Act of 2023, Com. Law §14-4501 ff.",
    hours: [{ days: EVERY_DAY, start: "08:00", end: "20:00" }],
    maxCallsPer24h: 3,
  },
  {
    id: "us-wa",
    jurisdiction: "Washington, US",
    country: "US",
    source: "RCW 80.36.390",
    hours: [{ days: EVERY_DAY, start: "08:00", end: "20:00" }],
  },
  {
    id: "us-tx",
    jurisdiction: "Texas, US",
    country: "US",
    source: "Tex. Bus. & Com. Code §301.051",
    hours: [
      { days: MON_SAT, start: "09:00", end: "21:00" },
      { days: [7], start: "12:00", end: "21:00" },
    ],
  },
  {
    id: "us-la",
    jurisdiction: "Louisiana, US",
    country: "US",
    source: "La. R.S. 45:844.11 ff. (telephone solicitation)",
    hours: [{ days: MON_SAT, start: "08:00", end: "20:00" }],
    noLegalHolidays: true,
  },
  {
    id: "us-ms",
    jurisdiction: "Mississippi, US",
    country: "US",
    source: "Miss. Code §77-3-725",
    hours: [{ days: MON_SAT, start: "08:00", end: "20:00" }],
  },
  {
    id: "us-al",
    jurisdiction: "Alabama, US",
    country: "US",
    source: "Ala. Code §8-19C-4",
    hours: [{ days: MON_SAT, start: "08:00", end: "20:00" }],
    noLegalHolidays: true,
  },
  {
    id: "gb",
    jurisdiction: "United Kingdom",
    country: "GB",
    source: "Ofcom persistent misuse policy (abandoned calls); DMA code practice on hours",
    hours: [{ days: EVERY_DAY, start: "08:00", end: "21:00" }],
    note: "Abandoned calls at most 3% per campaign per 24 hours, with an information message on each abandoned call.",
  },
  {
    id: "de",
    jurisdiction: "Germany",
    country: "DE",
    source: "No statutory hours; industry practice. UWG §7 requires prior consent for calls to consumers.",
    hours: [{ days: MON_SAT, start: "08:00", end: "20:00" }],
    noLegalHolidays: true,
  },
  {
    id: "fr",
    jurisdiction: "France",
    country: "FR",
    source: "Décret n° 2022-1313 (in force 1 March 2023), Code de la consommation art. D. 223-8",
    hours: [
      { days: MON_FRI, start: "10:00", end: "13:00" },
      { days: MON_FRI, start: "14:00", end: "20:00" },
    ],
    noLegalHolidays: true,
    note: "At most 4 unsolicited calls to a consumer in 30 days.",
  },
];

type Range = readonly [number, number];

/** The parts of [start, end) not covered by the allowed ranges. */
function subtract(window: Range, allowed: Range[]): Range[] {
  let rest: Range[] = [window];
  for (const [a, b] of allowed) {
    rest = rest.flatMap(([s, e]): Range[] => {
      if (b <= s || a >= e) return [[s, e]];
      const parts: Range[] = [];
      if (a > s) parts.push([s, a]);
      if (b < e) parts.push([b, e]);
      return parts;
    });
  }
  return rest;
}

export interface RegionalImpact {
  ruleId: string;
  jurisdiction: string;
  source: string;
  /** What the rule removes from the window, e.g. "Mon–Fri 20:00–21:00", "Sun all day". Empty: nothing cut. */
  cuts: string[];
  /** Rules the dialer applies that hours alone can't show (holidays, frequency caps). */
  notes: string[];
}

/**
 * Which stricter regional rules would cut the calling window, and by how much. The window is in the
 * contact's local time, so each rule applies to contacts in that region only.
 */
export function regionalImpacts(
  window: { days: readonly number[]; start: string; end: string },
  opts: { maxAttempts?: number } = {},
): RegionalImpact[] {
  const range: Range = [minutesOf(window.start), minutesOf(window.end)];
  return STRICTER_CALLING_RULES.map((rule) => {
    // Group days that lose the same hours, so the message stays short.
    const byCut = new Map<string, number[]>();
    for (const day of [...new Set(window.days)].sort((a, b) => a - b)) {
      const allowed = rule.hours
        .filter((h) => h.days.includes(day))
        .map((h): Range => [minutesOf(h.start), minutesOf(h.end)]);
      const cut = subtract(range, allowed);
      if (cut.length === 0) continue;
      const whole = cut.length === 1 && cut[0]![0] === range[0] && cut[0]![1] === range[1] && allowed.length === 0;
      const label = whole ? "all day" : cut.map(([s, e]) => `${formatMinutes(s)}–${formatMinutes(e)}`).join(", ");
      byCut.set(label, [...(byCut.get(label) ?? []), day]);
    }
    const cuts = [...byCut].map(
      ([label, days]) => `${days.length === 1 ? WEEKDAYS[days[0]! - 1]!.short : formatDays(days)} ${label}`,
    );
    const notes: string[] = [];
    if (rule.noLegalHolidays) notes.push("No calls on legal holidays.");
    if (rule.maxCallsPer24h !== undefined) {
      const over = opts.maxAttempts !== undefined && opts.maxAttempts > rule.maxCallsPer24h;
      notes.push(
        `At most ${rule.maxCallsPer24h} calls per contact in 24 hours${over ? ` (your maximum of ${opts.maxAttempts} attempts is spread out by the dialer there)` : ""}.`,
      );
    }
    if (rule.note) notes.push(rule.note);
    return { ruleId: rule.id, jurisdiction: rule.jurisdiction, source: rule.source, cuts, notes };
  });
}
