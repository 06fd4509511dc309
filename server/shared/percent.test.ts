import { describe, expect, it } from "vitest";
import { formatBpsAsPercent, parsePercentToBps } from "./percent";

describe("abandon cap percent ↔ basis points", () => {
  it.each([
    ["3", 300],
    ["3.0", 300],
    ["2.5", 250],
    ["0.1", 10],
    ["2,5", 250],
    ["3 %", 300],
    ["2.55", null],
    ["x", null],
  ])("%j → %j", (input, expected) => {
    expect(parsePercentToBps(input)).toBe(expected);
  });
  it("formats with one decimal", () => {
    expect(formatBpsAsPercent(300)).toBe("3.0");
    expect(formatBpsAsPercent(250)).toBe("2.5");
  });
});
