import { describe, expect, it } from "vitest";
import { countryName, countryOptions } from "./country-names";

describe("country names", () => {
  it("names a country from the shipped data set, and falls back to the code", () => {
    expect(countryName("DE")).toBe("Germany");
    expect(countryName("AC")).toBe("AC");
  });

  it("sorts by name without locale collation, accents folded", () => {
    const names = countryOptions(["ZA", "AX", "DE", "AT", "DE"]).map((c) => c.name);
    expect(names).toEqual(["Åland Islands", "Austria", "Germany", "South Africa"]);
  });
});
