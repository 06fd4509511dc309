import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { assertPasswordNotGuessable } from "./password-policy";

const refused = (password: string, email = "carla@acme.test") => {
  try {
    assertPasswordNotGuessable(password, email);
    return false;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("BAD_REQUEST");
    return true;
  }
};

describe("assertPasswordNotGuessable", () => {
  it("refuses common passwords from the shipped list, in any case", () => {
    expect(refused("qwerty123456")).toBe(true);
    expect(refused("1qaz2wsx3edc")).toBe(true);
    expect(refused("LeaveMeAlone")).toBe(true);
  });

  it("refuses the service's name and the user's own address", () => {
    expect(refused("my callwright password")).toBe(true);
    expect(refused("carla-at-work-2026", "carla@acme.test")).toBe(true);
  });

  it("accepts an uncommon password", () => {
    expect(refused("correct horse battery staple")).toBe(false);
  });
});
