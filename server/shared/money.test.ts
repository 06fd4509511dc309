import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkAmount, formatMinorAsMajor, formatMoney, minorUnitDigits, parseMajorToMinor, parseMoney } from "./money";

describe("minor-unit exponent per currency", () => {
  it.each([
    ["JPY", 0],
    ["USD", 2],
    ["EUR", 2],
    ["GBP", 2],
    ["KWD", 3],
    ["BHD", 3],
  ])("%s has %i decimals", (currency, digits) => expect(minorUnitDigits(currency)).toBe(digits));
});

describe("parsing major units into integer minor units", () => {
  it.each([
    ["1234.56", "EUR", 123456],
    ["1234.5", "EUR", 123450],
    ["1234", "EUR", 123400],
    ["0.01", "EUR", 1],
    ["0.1", "USD", 10],
    ["0.29", "EUR", 29], // 0.29 * 100 is 28.999999999999996 in floats
    ["1.15", "USD", 115], // 1.15 * 100 is 114.99999999999999
    ["007.50", "EUR", 750],
    ["  32  ", "EUR", 3200],
    ["1,234", "EUR", 123400], // "," only ever groups thousands
    ["1,234.56", "EUR", 123456],
    ["1,234,567.89", "USD", 123456789],
    ["1 234.56", "EUR", 123456],
    ["1\u00a0234,567".replace(",", "\u00a0"), "EUR", 123456700], // no-break spaces group too
    ["4500", "JPY", 4500],
    ["4,500", "JPY", 4500],
    ["1.234", "KWD", 1234],
    ["1,234.5", "KWD", 1234500],
    ["0", "EUR", 0],
    ["90071992547409.91", "EUR", 9007199254740991], // Number.MAX_SAFE_INTEGER exactly
  ])("%j in %s → %i", (input, currency, minor) => {
    expect(parseMoney(input, currency)).toEqual({ ok: true, minor });
    expect(parseMajorToMinor(input, currency)).toBe(minor);
  });

  it.each([
    ["", "EUR", "Enter an amount"],
    ["   ", "EUR", "Enter an amount"],
    ["-5", "EUR", "Enter an amount of 0 or more"],
    ["12,50", "EUR", "Use a point for decimals, like 12.50"],
    ["1,5", "EUR", "Use a point for decimals, like 1.5"],
    ["1.234", "EUR", "EUR amounts have at most 2 decimals"],
    ["12.345", "USD", "USD amounts have at most 2 decimals"],
    ["45.5", "JPY", "JPY amounts have no decimals"],
    ["1.2345", "KWD", "KWD amounts have at most 3 decimals"],
    ["1.234,56", "EUR", "Enter the amount as digits with a point for decimals, like 1234.50"],
    ["1,23,456", "EUR", "Group thousands in threes (1,234,567) or leave them out (1234567)"],
    ["1,234 567", "EUR", "Group thousands in threes (1,234,567) or leave them out (1234567)"],
    ["12,3456", "EUR", "Group thousands in threes (1,234,567) or leave them out (1234567)"],
    ["1e3", "EUR", "Enter the amount as digits with a point for decimals, like 1234.50"],
    ["+5", "EUR", "Enter the amount as digits with a point for decimals, like 1234.50"],
    ["€5", "EUR", "Enter the amount as digits with a point for decimals, like 1234.50"],
    ["5.", "EUR", "Enter the amount as digits with a point for decimals, like 1234.50"],
    [".5", "EUR", "Enter the amount as digits with a point for decimals, like 1234.50"],
    ["abc", "JPY", "Enter the amount as digits with a point for decimals, like 1234"],
    ["90071992547409.92", "EUR", "That amount is too large"],
    ["99999999999999999999", "JPY", "That amount is too large"],
  ])("%j in %s is refused: %s", (input, currency, message) => {
    expect(parseMoney(input, currency)).toEqual({ ok: false, message });
    expect(parseMajorToMinor(input, currency)).toBeNull();
  });
});

describe("formatting integer minor units", () => {
  it("writes plain major units for inputs, by the currency's exponent", () => {
    expect(formatMinorAsMajor(123456, "EUR")).toBe("1234.56");
    expect(formatMinorAsMajor(5, "USD")).toBe("0.05");
    expect(formatMinorAsMajor(-150, "EUR")).toBe("-1.50");
    expect(formatMinorAsMajor(4500, "JPY")).toBe("4500");
    expect(formatMinorAsMajor(1234, "KWD")).toBe("1.234");
    expect(() => formatMinorAsMajor(1.5, "EUR")).toThrow(RangeError);
  });

  it("round-trips every amount through parse", () => {
    for (const currency of ["EUR", "JPY", "KWD"])
      for (const minor of [0, 1, 29, 99, 100, 1001, 123456, 999999999, Number.MAX_SAFE_INTEGER])
        expect(parseMajorToMinor(formatMinorAsMajor(minor, currency), currency)).toBe(minor);
  });

  it("formats for people with Intl, exactly, in the currency's exponent", () => {
    expect(formatMoney(113_334, "EUR")).toBe("€1,133.34");
    expect(formatMoney(5, "USD")).toBe("$0.05");
    expect(formatMoney(-150, "GBP")).toBe("-£1.50");
    expect(formatMoney(14_500, "JPY")).toBe("¥14,500");
    expect(formatMoney(1234, "KWD")).toBe("KWD\u00a01.234");
    // Beyond 2^53 / 100 a float division would lose the last cent.
    expect(formatMoney(Number.MAX_SAFE_INTEGER, "EUR")).toBe("€90,071,992,547,409.91");
    expect(formatMoney(123456, "EUR", "de-DE")).toBe("1.234,56\u00a0€");
  });
});

describe("checkAmount in a schema whose currency is a sibling field", () => {
  const schema = z.object({ amount: z.string(), currency: z.string() }).superRefine((v, ctx) => {
    checkAmount(ctx, "amount", v.amount, v.currency, { label: "fee", positive: true, maxMinor: 100_000 });
  });
  const issue = (amount: string, currency: string) =>
    schema.safeParse({ amount, currency }).error?.issues.map((i) => [i.path.join("."), i.message]);

  it("accepts amounts in range", () => {
    expect(issue("12.50", "EUR")).toBeUndefined();
    expect(issue("100000", "JPY")).toBeUndefined();
  });
  it("explains what is wrong, in the currency's terms", () => {
    expect(issue("", "EUR")).toEqual([["amount", "Enter the fee"]]);
    expect(issue("0", "EUR")).toEqual([["amount", "The fee must be more than 0"]]);
    expect(issue("1000.01", "EUR")).toEqual([["amount", "The fee can be at most €1,000.00"]]);
    expect(issue("100001", "JPY")).toEqual([["amount", "The fee can be at most ¥100,000"]]);
    expect(issue("12.5", "JPY")).toEqual([["amount", "JPY amounts have no decimals"]]);
  });
});
