import { describe, expect, it } from "vitest";
import {
  countNeverOverlapping,
  firstCallableSlot,
  isoWeekday,
  legalHoursFor,
  type ScheduleAndWindow,
} from "./window-overlap";

const weekdays = { days: [1, 2, 3, 4, 5], start: "08:00", end: "21:00" };
// Monday 2026-11-30 … Sunday 2026-12-06.
const week: ScheduleAndWindow = { startDate: "2026-11-30", endDate: "2026-12-06", window: weekdays };
const longBefore = new Date("2026-11-01T12:00:00Z");

describe("isoWeekday", () => {
  it("numbers Monday 1 … Sunday 7", () => {
    expect(isoWeekday("2026-11-30")).toBe(1);
    expect(isoWeekday("2026-12-05")).toBe(6);
    expect(isoWeekday("2026-12-06")).toBe(7);
  });
});

describe("legalHoursFor", () => {
  it("finds US state rules by code or name, and country rules", () => {
    expect(legalHoursFor("US", "FL").ruleId).toBe("us-fl");
    expect(legalHoursFor("us", "Texas").ruleId).toBe("us-tx");
    expect(legalHoursFor("US", "NY").ruleId).toBe("base");
    expect(legalHoursFor("US", null).ruleId).toBe("base");
    expect(legalHoursFor("FR", null).ruleId).toBe("fr");
    expect(legalHoursFor(null, null).ruleId).toBe("base");
  });
});

describe("firstCallableSlot", () => {
  it("a weekday window in a week-long schedule overlaps on the first Monday", () => {
    expect(firstCallableSlot(week, { timeZone: "America/New_York" }, longBefore)).toEqual({
      date: "2026-11-30",
      from: 8 * 60,
      to: 21 * 60,
    });
  });

  it("a weekend-only schedule never meets a weekday window", () => {
    const weekend = { ...week, startDate: "2026-12-05", endDate: "2026-12-06" };
    expect(firstCallableSlot(weekend, { timeZone: "Europe/Berlin" }, longBefore)).toBeNull();
  });

  it("French law allows no Saturday calls: a Saturday-only window never overlaps for France", () => {
    const saturdays: ScheduleAndWindow = { ...week, window: { days: [6], start: "10:00", end: "12:00" } };
    expect(firstCallableSlot(saturdays, { timeZone: "Europe/Paris", country: "FR" }, longBefore)).toBeNull();
    expect(firstCallableSlot(saturdays, { timeZone: "Europe/Berlin", country: "DE" }, longBefore)).toEqual({
      date: "2026-12-05",
      from: 600,
      to: 720,
    });
  });

  it("a window entirely outside the legal hours of the contact's state never overlaps", () => {
    // Florida allows 08:00–20:00; a 20:00–21:00 window is legal federally but not there.
    const evenings: ScheduleAndWindow = { ...week, window: { days: [1, 2, 3, 4, 5], start: "20:00", end: "21:00" } };
    expect(
      firstCallableSlot(evenings, { timeZone: "America/New_York", country: "US", region: "FL" }, longBefore),
    ).toBeNull();
    expect(
      firstCallableSlot(evenings, { timeZone: "America/New_York", country: "US", region: "NY" }, longBefore),
    ).not.toBeNull();
    // Texas: Sunday calls only from 12:00.
    const sundayMorning: ScheduleAndWindow = { ...week, window: { days: [7], start: "08:00", end: "11:00" } };
    expect(
      firstCallableSlot(sundayMorning, { timeZone: "America/Chicago", country: "US", region: "TX" }, longBefore),
    ).toBeNull();
  });

  it("depends on the contact's zone when the schedule starts today", () => {
    // One-day schedule on Monday 2026-11-30; now is 23:30 UTC that Monday.
    const oneDay: ScheduleAndWindow = { startDate: "2026-11-30", endDate: "2026-11-30", window: weekdays };
    const now = new Date("2026-11-30T23:30:00Z");
    // Berlin: 00:30 on Tuesday — the day is over there.
    expect(firstCallableSlot(oneDay, { timeZone: "Europe/Berlin" }, now)).toBeNull();
    // Los Angeles: 15:30 on Monday — the rest of the window is left.
    expect(firstCallableSlot(oneDay, { timeZone: "America/Los_Angeles" }, now)).toEqual({
      date: "2026-11-30",
      from: 15 * 60 + 30,
      to: 21 * 60,
    });
    // New York: 18:30 Monday, still inside.
    expect(firstCallableSlot(oneDay, { timeZone: "America/New_York" }, now)?.from).toBe(18 * 60 + 30);
  });

  it("an unknown zone never overlaps", () => {
    expect(firstCallableSlot(week, { timeZone: "Mars/Olympus" }, longBefore)).toBeNull();
  });
});

describe("countNeverOverlapping", () => {
  it("sums the groups that can never be called and skips contacts without a zone", () => {
    const evenings: ScheduleAndWindow = { ...week, window: { days: [1, 2, 3, 4, 5], start: "20:00", end: "21:00" } };
    const groups = [
      { timeZone: "America/New_York", country: "US", region: "FL", count: 7 },
      { timeZone: "America/New_York", country: "US", region: "NY", count: 5 },
      { timeZone: "America/Chicago", country: "US", region: "MS", count: 2 },
      { timeZone: null, country: "US", region: null, count: 3 },
    ];
    expect(countNeverOverlapping(evenings, groups, longBefore)).toBe(9);
  });
});
