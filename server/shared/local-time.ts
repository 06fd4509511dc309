import { z } from "zod";

// Converting a UTC instant into a wall clock in an IANA zone, with Intl only (pure; browser-safe).

export function isValidTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .trim()
  .min(1, "Pick a time zone")
  .refine(isValidTimeZone, "Unknown time zone: use an IANA name such as Europe/Berlin or America/New_York");

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(zone: string) {
  let f = formatters.get(zone);
  if (!f) {
    // h23: midnight is "00", never "24".
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      weekday: "short",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(zone, f);
  }
  return f;
}

const WEEKDAY_NUMBER: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

export interface LocalParts {
  /** "YYYY-MM-DD" in the zone. */
  date: string;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Minutes since local midnight. */
  minutes: number;
  /** "HH:MM". */
  time: string;
}

export function localParts(zone: string, instant: Date): LocalParts {
  const parts = Object.fromEntries(
    formatterFor(zone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const hour = Number(parts.hour) % 24;
  const minute = Number(parts.minute);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: WEEKDAY_NUMBER[parts.weekday ?? ""] ?? 0,
    minutes: hour * 60 + minute,
    time: `${String(hour).padStart(2, "0")}:${parts.minute}`,
  };
}
