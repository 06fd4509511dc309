import { describe, expect, it } from "vitest";
import { callingWindowSchema, DEFAULT_CALLING_WINDOW } from "./calling-window";
import { regionalImpacts } from "./legal-calling-rules";

const errors = (w: unknown) => {
  const r = callingWindowSchema.safeParse(w);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};
const impact = (w: { days: number[]; start: string; end: string }, id: string, maxAttempts?: number) =>
  regionalImpacts(w, { maxAttempts }).find((r) => r.ruleId === id)!;

describe("calling window against the base legal limit", () => {
  it("accepts the default Mon–Fri 08:00–21:00", () => {
    expect(errors(DEFAULT_CALLING_WINDOW)).toEqual([]);
  });

  it.each([
    [{ days: [1], start: "07:59", end: "20:00" }, "start: Calls can't start before 08:00"],
    [{ days: [1], start: "08:00", end: "21:01" }, "end: Calls must end by 21:00"],
    [{ days: [1], start: "06:00", end: "22:00" }, "start: Calls can't start before 08:00"],
    [{ days: [1], start: "18:00", end: "09:00" }, "end: The window ends before it starts"],
    [{ days: [1], start: "10:00", end: "10:00" }, "end: The window must end after it starts"],
    [{ days: [], start: "09:00", end: "17:00" }, "days: Pick at least one day"],
    [{ days: [1], start: "9:00", end: "17:00" }, "start: Enter a time as HH:MM"],
    [{ days: [1], start: "09:00", end: "25:00" }, "end: Enter a time as HH:MM"],
    [{ days: [8], start: "09:00", end: "17:00" }, "days.0:"],
  ])("rejects %j", (w, expected) => {
    expect(errors(w).join(" | ")).toContain(expected);
  });

  it("reports both limits when the window exceeds both ends", () => {
    expect(errors({ days: [1], start: "07:00", end: "22:00" })).toHaveLength(2);
  });

  it("sorts and dedupes days", () => {
    expect(callingWindowSchema.parse({ days: [5, 1, 1, 3], start: "09:00", end: "17:00" }).days).toEqual([1, 3, 5]);
  });
});

describe("stricter regional rules are surfaced as cuts", () => {
  it("Florida, Oklahoma, Maryland, Washington cut 20:00–21:00 from the default window", () => {
    for (const id of ["us-fl", "us-ok", "us-md", "us-wa"])
      expect(impact(DEFAULT_CALLING_WINDOW, id).cuts).toEqual(["Mon–Fri 20:00–21:00"]);
  });

  it("a window ending at 20:00 on weekdays is within Florida's hours", () => {
    expect(impact({ days: [1, 2, 3, 4, 5], start: "08:00", end: "20:00" }, "us-fl").cuts).toEqual([]);
  });

  it("Florida notes the 3-calls-per-24h cap, and says when max attempts exceed it", () => {
    expect(impact(DEFAULT_CALLING_WINDOW, "us-fl", 2).notes.join(" ")).toContain(
      "At most 3 calls per contact in 24 hours.",
    );
    expect(impact(DEFAULT_CALLING_WINDOW, "us-fl", 5).notes.join(" ")).toContain("your maximum of 5 attempts");
  });

  it("Texas: weekdays from 09:00, Sundays from 12:00", () => {
    expect(impact({ days: [1, 7], start: "08:00", end: "21:00" }, "us-tx").cuts).toEqual([
      "Mon 08:00–09:00",
      "Sun 08:00–12:00",
    ]);
    expect(impact({ days: [6], start: "09:00", end: "21:00" }, "us-tx").cuts).toEqual([]);
  });

  it("Louisiana and Mississippi: no Sundays; Louisiana also no legal holidays", () => {
    const w = { days: [6, 7], start: "09:00", end: "17:00" };
    expect(impact(w, "us-la").cuts).toEqual(["Sun all day"]);
    expect(impact(w, "us-ms").cuts).toEqual(["Sun all day"]);
    expect(impact(w, "us-la").notes).toContain("No calls on legal holidays.");
  });

  it("France: a lunch gap, no weekends", () => {
    expect(impact({ days: [1, 2, 3, 4, 5, 6], start: "09:00", end: "21:00" }, "fr").cuts).toEqual([
      "Mon–Fri 09:00–10:00, 13:00–14:00, 20:00–21:00",
      "Sat all day",
    ]);
    expect(impact({ days: [1], start: "10:00", end: "13:00" }, "fr").cuts).toEqual([]);
  });

  it("UK: the default window is fine; the abandon note is there", () => {
    const uk = impact(DEFAULT_CALLING_WINDOW, "gb");
    expect(uk.cuts).toEqual([]);
    expect(uk.notes.join(" ")).toContain("3%");
  });

  it("Germany cuts evenings and Sundays", () => {
    expect(impact({ days: [5, 7], start: "08:00", end: "21:00" }, "de").cuts).toEqual([
      "Fri 20:00–21:00",
      "Sun all day",
    ]);
  });
});
