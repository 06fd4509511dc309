import { describe, expect, it } from "vitest";
import { CAMPAIGN_TYPES } from "./campaign-type";
import { defaultDispositions, dispositionListSchema, type Disposition } from "./dispositions";

const messages = (list: unknown) => {
  const r = dispositionListSchema.safeParse(list);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};
const d = (code: string, category: Disposition["category"], label = code): Disposition => ({
  code,
  label,
  category,
  billable: false,
});

describe("dispositions", () => {
  it.each(CAMPAIGN_TYPES)("defaults for %s are valid", (type) => {
    expect(messages(defaultDispositions(type))).toEqual([]);
  });

  it("defaults are fresh copies", () => {
    const a = defaultDispositions("SURVEY");
    a[0]!.label = "changed";
    expect(defaultDispositions("SURVEY")[0]!.label).not.toBe("changed");
  });

  it("requires a SUCCESS and a DO_NOT_CALL disposition", () => {
    expect(messages([d("NO_ANSWER", "NO_CONTACT")]).join(" ")).toMatch(/Success category.*Do not call category/);
    expect(messages([d("SALE", "SUCCESS"), d("DNC", "DO_NOT_CALL")])).toEqual([]);
  });

  it("rejects duplicate codes next to the second row", () => {
    expect(messages([d("SALE", "SUCCESS"), d("DNC", "DO_NOT_CALL"), d("SALE", "CONTACT")])).toEqual([
      "2.code: Code SALE is already used in row 1",
    ]);
  });

  it.each(["sale", "NOT-INTERESTED", "_SALE", "SALE_", "1SALE", "A B"])("rejects code %j", (code) => {
    expect(messages([d(code, "SUCCESS", "x"), d("DNC", "DO_NOT_CALL")]).join(" ")).toContain("UPPER_SNAKE_CASE");
  });

  it("rejects empty labels and unknown categories", () => {
    expect(
      messages([{ code: "SALE", label: " ", category: "SUCCESS", billable: true }, d("DNC", "DO_NOT_CALL")]),
    ).toEqual(["0.label: Enter a label"]);
    expect(
      messages([{ code: "SALE", label: "Sale", category: "WON", billable: true }, d("DNC", "DO_NOT_CALL")]).join(),
    ).toContain("Pick a category");
  });
});
