import { describe, expect, it } from "vitest";
import { z } from "zod";
import { acceptInvitationNewAccountSchema, acceptInvitationSchema, invitationTokenSchema } from "./accept-invitation";

describe("acceptInvitationSchema", () => {
  const token = "org_acme.0123456789abcdef";

  it("accepts a name and a long enough password", () => {
    expect(acceptInvitationSchema.parse({ token, name: " Tom ", password: "long-enough-password" })).toEqual({
      token,
      name: "Tom",
      password: "long-enough-password",
    });
  });

  it("explains a short name and a missing password", () => {
    const result = acceptInvitationSchema.safeParse({ token, name: "T", password: "" });
    expect(result.success).toBe(false);
    expect(z.flattenError(result.error!).fieldErrors).toEqual({
      name: ["Your name must be at least 2 characters"],
      password: ["Enter your password"],
    });
  });

  it("takes an existing account's password as it is, but holds a new account's to the new-password rule", () => {
    expect(acceptInvitationSchema.safeParse({ token, name: "Tom", password: "old-short" }).success).toBe(true);
    const result = acceptInvitationNewAccountSchema.safeParse({ token, name: "Tom", password: "old-short" });
    expect(z.flattenError(result.error!).fieldErrors).toEqual({ password: ["Use at least 12 characters"] });
  });

  it("rejects tokens that are too short or too long", () => {
    expect(invitationTokenSchema.safeParse({ token: "short" }).success).toBe(false);
    expect(invitationTokenSchema.safeParse({ token: "x".repeat(201) }).success).toBe(false);
  });
});
