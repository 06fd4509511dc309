import { z } from "zod";

// Days and hours of a week, shared by the campaign calling window and escalation availability.
// Pure (zod only), so the browser loads it for form validation too.

/** ISO weekday numbers: 1 = Monday … 7 = Sunday. */
export const WEEKDAYS = [
  { day: 1, short: "Mon", long: "Monday" },
  { day: 2, short: "Tue", long: "Tuesday" },
  { day: 3, short: "Wed", long: "Wednesday" },
  { day: 4, short: "Thu", long: "Thursday" },
  { day: 5, short: "Fri", long: "Friday" },
  { day: 6, short: "Sat", long: "Saturday" },
  { day: 7, short: "Sun", long: "Sunday" },
] as const;

export const SUNDAY = 7;
export const SATURDAY = 6;

// "24:00" is allowed so a window can run to the end of the day.
const HHMM = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

export const timeOfDaySchema = z
  .string({ error: "Enter a time as HH:MM" })
  .regex(HHMM, "Enter a time as HH:MM (24-hour clock, e.g. 08:00)");

export const daysSchema = z
  .array(z.number().int().min(1).max(7), { error: "Pick at least one day" })
  .min(1, "Pick at least one day")
  .transform((days) => [...new Set(days)].sort((a, b) => a - b));

/** Minutes since midnight for a valid "HH:MM". */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

export function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

export const WINDOW_ENDS_BEFORE_START = "The window ends before it starts";

/** A same-day window: { days, start, end } with start < end. Overnight windows are two windows. */
export const weeklyWindowSchema = z
  .object({ days: daysSchema, start: timeOfDaySchema, end: timeOfDaySchema })
  .superRefine((w, ctx) => {
    if (HHMM.test(w.start) && HHMM.test(w.end) && minutesOf(w.end) <= minutesOf(w.start)) {
      ctx.addIssue({
        code: "custom",
        path: ["end"],
        message:
          minutesOf(w.end) === minutesOf(w.start) ? "The window must end after it starts" : WINDOW_ENDS_BEFORE_START,
      });
    }
  });

export type WeeklyWindow = z.output<typeof weeklyWindowSchema>;

export function formatDays(days: readonly number[]): string {
  const sorted = [...days].sort((a, b) => a - b);
  if (sorted.join() === "1,2,3,4,5") return "Mon–Fri";
  if (sorted.length === 7) return "every day";
  return sorted.map((d) => WEEKDAYS[d - 1]?.short ?? "?").join(", ");
}
