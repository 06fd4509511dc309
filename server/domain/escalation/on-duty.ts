import "server-only";
import { localParts } from "../../shared/local-time";
import { minutesOf } from "../../shared/campaigns/weekly-window";

export interface DutyWindow {
  days: readonly number[];
  start: string;
  end: string;
}

export interface DutyStatus {
  onDuty: boolean;
  /** The contact's wall clock now, "HH:MM", and ISO weekday (1 = Monday). */
  localTime: string;
  localWeekday: number;
  /** When the current window ends ("HH:MM", local), if on duty. */
  onDutyUntil: string | null;
}

/**
 * Who is on duty at `nowUtc`: each contact's windows are in their own IANA zone, so `now` is
 * converted per contact (Intl handles DST). Windows are [start, end) on the listed weekdays.
 */
export function onDutyNow<T extends { timeZone: string; windows: readonly DutyWindow[] }>(
  contacts: readonly T[],
  nowUtc: Date,
): (T & DutyStatus)[] {
  return contacts.map((contact) => {
    const local = localParts(contact.timeZone, nowUtc);
    const current = contact.windows
      .filter(
        (w) =>
          w.days.includes(local.weekday) && minutesOf(w.start) <= local.minutes && local.minutes < minutesOf(w.end),
      )
      .sort((a, b) => minutesOf(b.end) - minutesOf(a.end))[0];
    return {
      ...contact,
      onDuty: current !== undefined,
      localTime: local.time,
      localWeekday: local.weekday,
      onDutyUntil: current?.end ?? null,
    };
  });
}
