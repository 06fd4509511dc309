import "server-only";
// Pure: the instant a calendar date starts in an IANA zone (DST-safe, Intl only).

function offsetMs(zone: string, instant: number): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, Number(p.value)]),
  );
  const part = (type: Intl.DateTimeFormatPartTypes) => parts[type] ?? NaN;
  const asUtc = Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour") % 24,
    part("minute"),
    part("second"),
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** Epoch ms of 00:00 on `date` ("YYYY-MM-DD") in `zone`. When midnight is skipped by DST, the first instant of that day. */
export function startOfDayInZone(date: string, zone: string): number {
  const wallMidnight = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(wallMidnight)) throw new RangeError(`not a date: ${date}`);
  let guess = wallMidnight - offsetMs(zone, wallMidnight);
  guess = wallMidnight - offsetMs(zone, guess);
  // A DST gap at midnight: the computed instant falls on the previous local day; step to the gap's end.
  const local = new Intl.DateTimeFormat("en-CA", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(guess));
  return local < date ? guess + 60 * 60 * 1000 : guess;
}
