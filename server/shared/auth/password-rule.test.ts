import { describe, expect, it } from "vitest";
import { isRepetitiveOrSequential, newPasswordSchema } from "./password-rule";

const messages = (password: string) => {
  const result = newPasswordSchema.safeParse(password);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe("newPasswordSchema", () => {
  it("refuses the tester's aaaaaaaaaa and anything under 12 characters", () => {
    expect(messages("aaaaaaaaaa")).toContain("Use at least 12 characters");
    expect(messages("correct-hor")).toEqual(["Use at least 12 characters"]);
  });

  it("accepts 12 characters of any kind: no composition rules", () => {
    expect(messages("correcthorse")).toEqual([]);
    expect(messages("čaj s mlékem a medem")).toEqual([]);
    expect(messages("PASSPHRASE WITH SPACES")).toEqual([]);
  });

  it("refuses repeated or sequential characters of any length", () => {
    for (const p of [
      "aaaaaaaaaaaaaaaa",
      "abababababab",
      "abcabcabcabc",
      "abcdefghijklmn",
      "123456789012",
      "987654321098",
    ]) {
      expect(isRepetitiveOrSequential(p), p).toBe(true);
      expect(messages(p)).toContain("Avoid repeated or sequential characters such as aaaa… or 1234…");
    }
    expect(isRepetitiveOrSequential("correct horse battery")).toBe(false);
  });

  it("refuses more than 200 characters", () => {
    expect(messages("x1y2z3".repeat(40))).toEqual(["Password is too long"]);
  });
});
