import "server-only";
import {
  BASE_CALLING_LIMIT,
  STRICTER_CALLING_RULES,
  type AllowedHours,
} from "../../shared/campaigns/legal-calling-rules";
import { isValidTimeZone, localParts } from "../../shared/local-time";
import { minutesOf } from "../../shared/campaigns/weekly-window";

// Pure: does a contact's calling window ever meet the campaign schedule? The schedule's dates and
// the window's days and hours are in the contact's own time zone, cut to the hours the law allows
// where the contact lives. A contact for whom no date in the schedule leaves any minute to call
// will never be called — the pre-flight counts them.

export interface ScheduleAndWindow {
  /** "YYYY-MM-DD", inclusive, in the contact's zone. */
  startDate: string;
  endDate: string;
  window: { days: readonly number[]; start: string; end: string };
}

export interface ContactPlace {
  timeZone: string;
  country?: string | null;
  region?: string | null;
}

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];
const BASE_HOURS: readonly AllowedHours[] = [
  { days: EVERY_DAY, start: BASE_CALLING_LIMIT.start, end: BASE_CALLING_LIMIT.end },
];

/**
 * The legal hours for a contact's country and region: the strictest matching rule of
 * legal-calling-rules.ts (US states by code "FL" or name "Florida"), else the base limit.
 */
export function legalHoursFor(
  country: string | null | undefined,
  region: string | null | undefined,
): { ruleId: string; hours: readonly AllowedHours[] } {
  const c = country?.trim().toUpperCase();
  const r = region?.trim().toLowerCase();
  const rule = STRICTER_CALLING_RULES.find((rule) => {
    if (rule.country !== c) return false;
    if (rule.country !== "US") return true;
    if (!r) return false;
    return rule.id === `us-${r}` || rule.jurisdiction.toLowerCase().startsWith(`${r},`);
  });
  return rule ? { ruleId: rule.id, hours: rule.hours } : { ruleId: "base", hours: BASE_HOURS };
}

/** ISO weekday (1 = Monday) of a calendar date; the same in every zone. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Longest possible schedule; more dates than this can't add a new weekday anyway. */
const MAX_DATES = 400;

export interface CallableSlot {
  date: string;
  /** Minutes since local midnight. */
  from: number;
  to: number;
}

/**
 * The first local date and minutes at which this contact may be called, or null when the window
 * never overlaps the schedule (no matching weekday, all hours outside the legal ones, or the
 * schedule is already over in the contact's zone).
 */
export function firstCallableSlot(schedule: ScheduleAndWindow, place: ContactPlace, now: Date): CallableSlot | null {
  if (!isValidTimeZone(place.timeZone)) return null;
  const local = localParts(place.timeZone, now);
  const windowFrom = minutesOf(schedule.window.start);
  const windowTo = minutesOf(schedule.window.end);
  const { hours } = legalHoursFor(place.country, place.region);
  let date = schedule.startDate < local.date ? local.date : schedule.startDate;
  for (let i = 0; i < MAX_DATES && date <= schedule.endDate; i++, date = addDays(date, 1)) {
    const weekday = isoWeekday(date);
    if (!schedule.window.days.includes(weekday)) continue;
    // Today only counts from the current local minute on.
    const earliest = date === local.date ? Math.max(windowFrom, local.minutes) : windowFrom;
    for (const allowed of hours) {
      if (!allowed.days.includes(weekday)) continue;
      const from = Math.max(earliest, minutesOf(allowed.start));
      const to = Math.min(windowTo, minutesOf(allowed.end));
      if (from < to) return { date, from, to };
    }
  }
  return null;
}

export interface ContactPlaceGroup {
  timeZone: string | null;
  country: string | null;
  region: string | null;
  count: number;
}

/** How many contacts (with a time zone) can never be called within the schedule. */
export function countNeverOverlapping(
  schedule: ScheduleAndWindow,
  groups: readonly ContactPlaceGroup[],
  now: Date,
): number {
  let never = 0;
  for (const g of groups) {
    if (g.timeZone === null) continue;
    if (!firstCallableSlot(schedule, { timeZone: g.timeZone, country: g.country, region: g.region }, now))
      never += g.count;
  }
  return never;
}
