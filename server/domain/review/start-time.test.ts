import { describe, expect, it } from "vitest";
import { startOfDayInZone } from "./start-time";

describe("startOfDayInZone", () => {
  it("is midnight local time in the zone", () => {
    expect(new Date(startOfDayInZone("2026-12-01", "UTC")).toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(new Date(startOfDayInZone("2026-12-01", "Europe/Berlin")).toISOString()).toBe("2026-11-30T23:00:00.000Z");
    expect(new Date(startOfDayInZone("2026-07-01", "Europe/Berlin")).toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(new Date(startOfDayInZone("2026-12-01", "America/New_York")).toISOString()).toBe("2026-12-01T05:00:00.000Z");
    expect(new Date(startOfDayInZone("2026-12-01", "Asia/Kolkata")).toISOString()).toBe("2026-11-30T18:30:00.000Z");
  });

  it("handles the day DST starts at midnight (no 00:00 that day)", () => {
    // America/Santiago springs forward at 00:00 on 2026-09-06 → the day starts at 01:00 local.
    const t = startOfDayInZone("2026-09-06", "America/Santiago");
    const local = new Intl.DateTimeFormat("en-CA", {
      timeZone: "America/Santiago",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    }).format(new Date(t));
    expect(local).toBe("2026-09-06");
  });
});
