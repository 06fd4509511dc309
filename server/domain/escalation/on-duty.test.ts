import { describe, expect, it } from "vitest";
import { localParts } from "../../shared/local-time";
import { onDutyNow } from "./on-duty";

const WEEKDAYS = [1, 2, 3, 4, 5];
const contact = (timeZone: string, windows: { days: number[]; start: string; end: string }[]) => ({
  id: timeZone,
  timeZone,
  windows,
});
const duty = (c: ReturnType<typeof contact>, iso: string) => onDutyNow([c], new Date(iso))[0]!;

describe("onDutyNow", () => {
  it("converts now into each contact's own zone", () => {
    const berlin = contact("Europe/Berlin", [{ days: WEEKDAYS, start: "09:00", end: "17:00" }]);
    const ny = contact("America/New_York", [{ days: WEEKDAYS, start: "09:00", end: "17:00" }]);
    // Wed 2026-11-25 14:30 UTC = 15:30 Berlin (CET), 09:30 New York (EST)
    const [b, n] = onDutyNow([berlin, ny], new Date("2026-11-25T14:30:00Z"));
    expect(b).toMatchObject({ onDuty: true, localTime: "15:30", localWeekday: 3, onDutyUntil: "17:00" });
    expect(n).toMatchObject({ onDuty: true, localTime: "09:30", localWeekday: 3 });
    // 13:30 UTC = 08:30 New York: not yet
    expect(duty(ny, "2026-11-25T13:30:00Z")).toMatchObject({ onDuty: false, localTime: "08:30", onDutyUntil: null });
  });

  it("start is inclusive, end exclusive", () => {
    const c = contact("UTC", [{ days: WEEKDAYS, start: "09:00", end: "17:00" }]);
    expect(duty(c, "2026-11-25T09:00:00Z").onDuty).toBe(true);
    expect(duty(c, "2026-11-25T16:59:59Z").onDuty).toBe(true);
    expect(duty(c, "2026-11-25T17:00:00Z").onDuty).toBe(false);
  });

  it("follows DST: the same UTC instant is a different local hour in summer and winter", () => {
    const berlin = contact("Europe/Berlin", [{ days: [1, 2, 3, 4, 5, 6, 7], start: "08:00", end: "09:00" }]);
    expect(duty(berlin, "2026-07-01T06:30:00Z")).toMatchObject({ onDuty: true, localTime: "08:30" }); // CEST, UTC+2
    expect(duty(berlin, "2026-12-01T06:30:00Z")).toMatchObject({ onDuty: false, localTime: "07:30" }); // CET, UTC+1
    // The spring-forward night: 2026-03-29 01:00 UTC is 03:00 CEST (02:xx never happens).
    expect(duty(berlin, "2026-03-29T00:59:00Z").localTime).toBe("01:59");
    expect(duty(berlin, "2026-03-29T01:00:00Z").localTime).toBe("03:00");
    // New York falls back on 2026-11-01: 05:30 UTC is 01:30 EDT, 06:30 UTC is 01:30 EST.
    const ny = contact("America/New_York", [{ days: [7], start: "01:00", end: "02:00" }]);
    expect(duty(ny, "2026-11-01T05:30:00Z")).toMatchObject({ onDuty: true, localTime: "01:30" });
    expect(duty(ny, "2026-11-01T06:30:00Z")).toMatchObject({ onDuty: true, localTime: "01:30" });
    expect(duty(ny, "2026-11-01T07:30:00Z")).toMatchObject({ onDuty: false, localTime: "02:30" });
  });

  it("handles midnight: local day changes, 00:00 is never 24:00, a window to 24:00 covers 23:59", () => {
    // Mon 2026-11-23 23:30 UTC is already Tuesday 08:30 in Tokyo.
    const tokyo = contact("Asia/Tokyo", [{ days: [2], start: "08:00", end: "12:00" }]);
    expect(duty(tokyo, "2026-11-23T23:30:00Z")).toMatchObject({ onDuty: true, localWeekday: 2, localTime: "08:30" });
    const night = contact("UTC", [
      { days: [1], start: "22:00", end: "24:00" },
      { days: [2], start: "00:00", end: "06:00" },
    ]);
    expect(duty(night, "2026-11-23T23:59:00Z")).toMatchObject({ onDuty: true, onDutyUntil: "24:00", localWeekday: 1 });
    expect(duty(night, "2026-11-24T00:00:00Z")).toMatchObject({
      onDuty: true,
      localTime: "00:00",
      localWeekday: 2,
      onDutyUntil: "06:00",
    });
    expect(duty(night, "2026-11-24T22:30:00Z").onDuty).toBe(false); // Tuesday night: no window
  });

  it("handles half-hour zones and the wrong weekday", () => {
    const india = contact("Asia/Kolkata", [{ days: [6], start: "10:00", end: "11:00" }]);
    expect(duty(india, "2026-11-28T04:45:00Z")).toMatchObject({ onDuty: true, localTime: "10:15" }); // Saturday
    expect(duty(india, "2026-11-29T04:45:00Z").onDuty).toBe(false); // Sunday
  });

  it("keeps each contact's fields and order", () => {
    const list = [contact("UTC", []), contact("Europe/Paris", [])];
    expect(onDutyNow(list, new Date()).map((c) => c.id)).toEqual(["UTC", "Europe/Paris"]);
  });

  it("localParts gives the local date too", () => {
    expect(localParts("Pacific/Auckland", new Date("2026-11-23T12:00:00Z")).date).toBe("2026-11-24");
    expect(localParts("America/Los_Angeles", new Date("2026-11-23T03:00:00Z")).date).toBe("2026-11-22");
  });
});
