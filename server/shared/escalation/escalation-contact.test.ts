import { describe, expect, it } from "vitest";
import { toE164 } from "../phone";
import { escalationContactInputSchema } from "./escalation-contact";

const valid = {
  name: "Dana Supervisor",
  role: "Shift lead",
  phone: "030 1234567",
  phoneCountry: "DE",
  email: "Dana@Example.com",
  channels: ["WARM_TRANSFER"],
  timeZone: "Europe/Berlin",
  windows: [{ days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00" }],
};
const issues = (over: Record<string, unknown>) => {
  const r = escalationContactInputSchema.safeParse({ ...valid, ...over });
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("escalation contact input", () => {
  it("accepts a national number with the default country, and lower-cases the email", () => {
    const parsed = escalationContactInputSchema.parse(valid);
    expect(parsed.email).toBe("dana@example.com");
    expect(toE164(parsed.phone, parsed.phoneCountry)).toBe("+49301234567");
  });

  it("accepts an international number whatever the default country", () => {
    expect(issues({ phone: "+1 415 555 2671", phoneCountry: "DE" })).toEqual([]);
    expect(toE164("+1 415 555 2671", "DE")).toBe("+14155552671");
  });

  it("rejects a number that can't be parsed", () => {
    expect(issues({ phone: "12" })).toEqual([
      "phone: Not a valid DE number; check it, or type it with its country code (+…)",
    ]);
    expect(issues({ phone: "+49 30 12" })[0]).toContain("phone:");
    expect(issues({ phone: "call me" })[0]).toContain("phone:");
  });

  it("rejects an unknown time zone", () => {
    expect(issues({ timeZone: "Mars/Olympus" })).toEqual([
      "timeZone: Unknown time zone: use an IANA name such as Europe/Berlin or America/New_York",
    ]);
    expect(issues({ timeZone: "America/Argentina/Buenos_Aires" })).toEqual([]);
  });

  it("says a window that ends before it starts", () => {
    expect(issues({ windows: [{ days: [1], start: "18:00", end: "09:00" }] })).toEqual([
      "windows.0.end: The window ends before it starts",
    ]);
  });

  it("needs a channel, a window, days and a valid email", () => {
    expect(issues({ channels: [] })).toEqual(["channels: Pick at least one channel"]);
    expect(issues({ channels: ["SMS"] }).join()).toContain("channels.0");
    expect(issues({ channels: ["EMAIL", "EMAIL"] })).toEqual(["channels: Each channel once"]);
    expect(issues({ windows: [] })).toEqual(["windows: Add at least one availability window"]);
    expect(issues({ windows: [{ days: [], start: "09:00", end: "10:00" }] })).toEqual([
      "windows.0.days: Pick at least one day",
    ]);
    expect(issues({ email: "nope" })).toEqual(["email: Enter a valid email address"]);
  });
});
