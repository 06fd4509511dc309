import { describe, expect, it } from "vitest";
import { formatBpsAsPercent, formatMinorAsMajor, parseMajorToMinor, parsePercentToBps } from "./money";

describe("budget amounts to integer minor units", () => {
  it.each([
    ["1234.56", 123456],
    ["1234.5", 123450],
    ["1234", 123400],
    ["0.01", 1],
    ["0.1", 10],
    [" 12,50 ", 1250],
    ["1,234.56", 123456],
    ["1 234.56", 123456],
    ["0.29", 29], // 0.29 * 100 is 28.999999999999996 in floats
    ["1.005", null],
    ["12.345", null],
    ["-5", null],
    ["1e3", null],
    ["abc", null],
    ["", null],
    ["1234567890", null],
  ])("%j → %j", (input, expected) => {
    expect(parseMajorToMinor(input)).toBe(expected);
  });

  it("formats back without floats", () => {
    expect(formatMinorAsMajor(123456)).toBe("1234.56");
    expect(formatMinorAsMajor(5)).toBe("0.05");
    expect(formatMinorAsMajor(-150)).toBe("-1.50");
    for (const minor of [0, 1, 29, 99, 100, 123456, 999999999])
      expect(parseMajorToMinor(formatMinorAsMajor(minor))).toBe(minor);
  });
});

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
