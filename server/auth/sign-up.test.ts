import { describe, expect, it } from "vitest";
import { slugify } from "./sign-up";

describe("slugify", () => {
  it.each([
    ["Acme Insurance", "acme-insurance"],
    ["  Globex   Corp.  ", "globex-corp"],
    ["Müller & Söhne GmbH", "muller-sohne-gmbh"],
    ["ÉCOLE--Ñandú", "ecole-nandu"],
    ["A/B Testing, Inc.", "a-b-testing-inc"],
    ["123 Calls", "123-calls"],
  ])("%j → %j", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("falls back to 'org' when nothing usable is left", () => {
    expect(slugify("")).toBe("org");
    expect(slugify("!!!")).toBe("org");
    expect(slugify("東京コール")).toBe("org");
  });

  it("keeps slugs URL-safe and at most 40 characters", () => {
    const slug = slugify("The Very Long Name of a Contact Center Client Company Limited");
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    // A cut that lands on a separator leaves no trailing dash.
    expect(slugify(`${"a".repeat(39)} bcd`)).toBe("a".repeat(39));
  });
});
