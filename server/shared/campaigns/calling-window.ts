import { z } from "zod";
import { BASE_CALLING_LIMIT } from "./legal-calling-rules";
import { daysSchema, minutesOf, timeOfDaySchema, WINDOW_ENDS_BEFORE_START } from "./weekly-window";

/** Default: weekdays 08:00–21:00 in the contact's local time. */
export const DEFAULT_CALLING_WINDOW = { days: [1, 2, 3, 4, 5], start: "08:00", end: "21:00" };

/**
 * The campaign calling window in the contact's local time. It must stay within the base legal limit
 * (an error); stricter regional rules are warnings, see regionalImpacts().
 */
export const callingWindowSchema = z
  .object({ days: daysSchema, start: timeOfDaySchema, end: timeOfDaySchema })
  .superRefine((w, ctx) => {
    const ok = (t: string) => timeOfDaySchema.safeParse(t).success;
    if (ok(w.start) && minutesOf(w.start) < minutesOf(BASE_CALLING_LIMIT.start)) {
      ctx.addIssue({
        code: "custom",
        path: ["start"],
        message: `Calls can't start before ${BASE_CALLING_LIMIT.start} in the contact's local time (${BASE_CALLING_LIMIT.label})`,
      });
    }
    if (ok(w.end) && minutesOf(w.end) > minutesOf(BASE_CALLING_LIMIT.end)) {
      ctx.addIssue({
        code: "custom",
        path: ["end"],
        message: `Calls must end by ${BASE_CALLING_LIMIT.end} in the contact's local time (${BASE_CALLING_LIMIT.label})`,
      });
    }
    if (ok(w.start) && ok(w.end) && minutesOf(w.end) <= minutesOf(w.start)) {
      ctx.addIssue({
        code: "custom",
        path: ["end"],
        message:
          minutesOf(w.end) === minutesOf(w.start) ? "The window must end after it starts" : WINDOW_ENDS_BEFORE_START,
      });
    }
  });

export type CallingWindow = z.output<typeof callingWindowSchema>;
