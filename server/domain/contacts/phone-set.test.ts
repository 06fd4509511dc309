import { describe, expect, it } from "vitest";
import { PhoneSet, phoneKey, phoneOfKey } from "./phone-set";

describe("PhoneSet", () => {
  it("remembers the first row of each number across growth", () => {
    const set = new PhoneSet(4);
    const n = 50_000;
    for (let i = 0; i < n; i++) expect(set.addOrGet(phoneKey(`+1212${String(i).padStart(7, "0")}`), i + 2)).toBe(0);
    for (let i = 0; i < n; i += 997)
      expect(set.addOrGet(phoneKey(`+1212${String(i).padStart(7, "0")}`), 999_999)).toBe(i + 2);
    expect(set.addOrGet(phoneKey("+442079460958"), 7)).toBe(0);
    expect(set.addOrGet(phoneKey("+442079460958"), 8)).toBe(7);
    expect(set.addOrGet(phoneKey("+999999999999999"), 9)).toBe(0); // 15 digits, the E.164 maximum
    expect(set.addOrGet(phoneKey("+999999999999998"), 10)).toBe(0);
  });

  it("turns a key back into the same E.164 number", () => {
    for (const e164 of ["+12125550123", "+442079460958", "+999999999999999", "+10000000000"])
      expect(phoneOfKey(phoneKey(e164))).toBe(e164);
  });
});
