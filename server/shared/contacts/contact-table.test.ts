import { describe, expect, it } from "vitest";
import { contactListInput, displayPhone, maskPhone, readContactSearch } from "./contact-table";

describe("maskPhone", () => {
  it.each([
    ["+12125550167", "+1 212 ••• ••67"],
    ["+493012345678", "+49 30 ••••••78"],
    ["+33155550105", "+33 1 •• •• •• 05"],
    ["+442071234567", "+44 20 •••• ••67"],
  ])("%s → %s", (e164, masked) => {
    expect(maskPhone(e164)).toBe(masked);
  });

  it("never shows more than the country code, the first group and the last two digits", () => {
    for (const e164 of ["+12125550167", "+493012345678", "+61298765432", "+819012345678"]) {
      const shown = maskPhone(e164).replace(/\D/g, "");
      const [cc, first] = displayPhone(e164, true).split(" ");
      expect(shown).toBe(`${cc!.slice(1)}${first}${e164.slice(-2)}`);
    }
  });

  it("whole numbers for roles that may see them", () => {
    expect(displayPhone("+12125550167", true)).toBe("+1 212 555 0167");
    expect(displayPhone("+12125550167", false)).toBe("+1 212 ••• ••67");
  });
});

describe("readContactSearch", () => {
  it("reads names and emails as a lower-cased prefix", () => {
    expect(readContactSearch("  Garcia ", true)).toEqual({ kind: "text", prefix: "garcia" });
    expect(readContactSearch("ann@ex", false)).toEqual({ kind: "text", prefix: "ann@ex" });
    expect(readContactSearch("", true)).toEqual({ kind: "none" });
  });

  it("reads three or more digits as a phone search: any digits for whole-number roles", () => {
    expect(readContactSearch("(212) 555", true)).toEqual({ kind: "phoneDigits", digits: "212555" });
    expect(readContactSearch("12", true)).toEqual({ kind: "text", prefix: "12" });
  });

  it("lets masked roles look up a whole number only, never a part of one", () => {
    expect(readContactSearch("+1 212 555 0167", false)).toEqual({ kind: "phoneExact", e164: "+12125550167" });
    expect(readContactSearch("12125550167", false)).toEqual({ kind: "phoneExact", e164: "+12125550167" });
    expect(readContactSearch("0167", false)).toEqual({ kind: "phoneExact", e164: "" });
  });
});

describe("contactListInput", () => {
  it("defaults to the first page of 25 and refuses other page sizes", () => {
    expect(contactListInput.parse({ campaignId: "c1" })).toEqual({
      campaignId: "c1",
      search: "",
      after: 0,
      pageSize: 25,
    });
    expect(contactListInput.safeParse({ campaignId: "c1", pageSize: 1000 }).success).toBe(false);
    expect(contactListInput.safeParse({ campaignId: "c1", after: -1 }).success).toBe(false);
  });
});
