import { describe, expect, it } from "vitest";
import { z } from "zod";
import { acceptInvitationSchema, invitationTokenSchema } from "./accept-invitation";

describe("acceptInvitationSchema", () => {
  const token = "org_acme.0123456789abcdef";

  it("accepts a name and a long enough password", () => {
    expect(acceptInvitationSchema.parse({ token, name: " Tom ", password: "long-enough-password" })).toEqual({
      token,
      name: "Tom",
      password: "long-enough-password",
    });
  });

  it("explains a short name and a short password", () => {
    const result = acceptInvitationSchema.safeParse({ token, name: "T", password: "short" });
    expect(result.success).toBe(false);
    expect(z.flattenError(result.error!).fieldErrors).toEqual({
      name: ["Your name must be at least 2 characters"],
      password: ["Use at least 10 characters"],
    });
  });

  it("rejects tokens that are too short or too long", () => {
    expect(invitationTokenSchema.safeParse({ token: "short" }).success).toBe(false);
    expect(invitationTokenSchema.safeParse({ token: "x".repeat(201) }).success).toBe(false);
  });
});
