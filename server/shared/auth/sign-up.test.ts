import { describe, expect, it } from "vitest";
import { z } from "zod";
import { signUpSchema } from "./sign-up";

const valid = {
  companyName: "Acme Insurance",
  name: "Carla Owner",
  email: "Carla@Acme.test",
  password: "long-enough-password",
};
const fieldErrors = (input: unknown) => {
  const result = signUpSchema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe("signUpSchema", () => {
  it("accepts a valid sign-up, trimming and lower-casing the email", () => {
    expect(signUpSchema.parse({ ...valid, companyName: "  Acme Insurance ", email: "  Carla@Acme.test " })).toEqual({
      ...valid,
      email: "carla@acme.test",
    });
  });

  it("explains every empty field", () => {
    expect(fieldErrors({ companyName: "", name: "", email: "", password: "" })).toEqual({
      companyName: ["Company name must be at least 2 characters"],
      name: ["Your name must be at least 2 characters"],
      email: ["Enter a valid email address"],
      password: ["Use at least 12 characters"],
    });
  });

  it("treats whitespace-only names as empty", () => {
    expect(fieldErrors({ ...valid, companyName: "   ", name: " a " })).toEqual({
      companyName: ["Company name must be at least 2 characters"],
      name: ["Your name must be at least 2 characters"],
    });
  });

  it("rejects a bad email, a short password and over-long values with clear messages", () => {
    expect(fieldErrors({ ...valid, email: "carla-at-acme" }).email).toEqual(["Enter a valid email address"]);
    expect(fieldErrors({ ...valid, password: "short" }).password).toEqual(["Use at least 12 characters"]);
    expect(fieldErrors({ ...valid, password: "x".repeat(201) }).password).toEqual(["Password is too long"]);
    expect(fieldErrors({ ...valid, companyName: "x".repeat(101) }).companyName).toEqual(["Company name is too long"]);
    expect(fieldErrors({ ...valid, name: "x".repeat(101) }).name).toEqual(["Name is too long"]);
  });
});
