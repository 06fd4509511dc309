import { describe, expect, it } from "vitest";
import { checkPlaceholders, availableContactFields } from "../scripts/script-graph";
import { fieldKeyFromHeader, findHeaderClash, reservedKeyProblem } from "./field-keys";
import { mappingProblem } from "./import-mapping";

describe("header → field key", () => {
  it.each([
    ["Plan Tier", "Plan_Tier"],
    ["  Plan   Tier  ", "Plan_Tier"],
    ["policyNo", "policyNo"], // already a key: unchanged, so existing scripts keep working
    ["policy-no", "policy-no"],
    ["Société", "Societe"],
    ["(Plan) Tier #2", "Plan_Tier_2"],
    ["E-Mail Adresse", "E-Mail_Adresse"],
    ["constructor", "constructor"],
    ["__proto__", "__proto__"],
    ["名前", "column_3"],
    ["", "column_3"],
    ["x".repeat(80), "x".repeat(64)],
  ])("%j → %j", (header, key) => expect(fieldKeyFromHeader(header, 2)).toBe(key));

  it("every header becomes a key the script validator accepts", () => {
    const headers = [
      "Plan Tier",
      "Société",
      "(a)",
      "名前",
      "a.b",
      "x/y",
      "tab\there",
      "emoji 🎉",
      "constructor",
      "__proto__",
    ];
    const keys = headers.map(fieldKeyFromHeader);
    const graph = {
      steps: keys.map((k, i) => ({
        id: `s${i}`,
        title: "",
        kind: "say" as const,
        text: `{{contact.${k}}}`,
        next: undefined,
      })),
    };
    expect(checkPlaceholders(graph, availableContactFields(keys))).toEqual([]);
  });
});

describe("headers that would become the same field", () => {
  it.each([
    [["phone", "Plan", "Plan"], /The column "Plan" appears twice in the header \(columns 2 and 3\)/],
    [["phone", "Plan ", " Plan"], /"Plan" appears twice/],
    [
      ["phone", "Plan Tier", "Plan_Tier"],
      /"Plan Tier" \(column 2\) and "Plan_Tier" \(column 3\) would both become the field \{\{contact\.Plan_Tier\}\}/,
    ],
    [
      ["phone", "plan tier", "PLAN TIER"],
      /would become the fields \{\{contact\.plan_tier\}\} and \{\{contact\.PLAN_TIER\}\}, which differ only in case/,
    ],
    [["phone", "plan-tier", "plan_tier"], /differ only in case or in - and _/],
    [["Phone", "phone"], /"Phone" \(column 1\) and "phone" \(column 2\) would become the fields/],
    [["phone", "Société", "Societe"], /would both become/],
    [["phone", "a", "b", "(a)"], /"a" \(column 2\) and "\(a\)" \(column 4\)/],
  ])("%j is refused", (header, message) => expect(findHeaderClash(header)?.message).toMatch(message));

  it("distinct headers and several empty ones pass", () => {
    expect(findHeaderClash(["phone", "", "", "Plan Tier", "Plan Tiers"])).toBeNull();
  });

  it("a custom column cannot take a standard field's key", () => {
    expect(reservedKeyProblem("Email", 1)).toMatch(
      /\{\{contact\.Email\}\}, which is the standard field \{\{contact\.email\}\}/,
    );
    expect(reservedKeyProblem("first-name", 1)).toBeNull();
    expect(mappingProblem(["phone", "email"], ["phone", "custom"])).toMatch(/standard field/);
    expect(mappingProblem(["phone", "email"], ["phone", "email"])).toBeNull();
    expect(mappingProblem(["phone", "x", "X"], ["phone", "custom", "ignore"])).toMatch(/differ only in case/);
  });
});
