import { describe, expect, it } from "vitest";
import { z } from "zod";
import { inviteSchema, removeMemberSchema } from "./invite.schema";

describe("inviteSchema", () => {
  it("lower-cases and trims the email", () => {
    expect(inviteSchema.parse({ email: " New.Member@Acme.TEST ", role: "CLIENT_MEMBER" })).toEqual({
      email: "new.member@acme.test",
      role: "CLIENT_MEMBER",
    });
  });

  it("explains a bad email", () => {
    const result = inviteSchema.safeParse({ email: "not-an-email", role: "CLIENT_MEMBER" });
    expect(result.success).toBe(false);
    expect(z.flattenError(result.error!).fieldErrors).toEqual({ email: ["Enter a valid email address"] });
  });

  it("only invites client roles: operator roles cannot be handed out from a client portal", () => {
    for (const role of ["AGENT", "SUPERVISOR", "OPERATOR_ADMIN", "BILLING_ADMIN", "owner"]) {
      expect(inviteSchema.safeParse({ email: "a@acme.test", role }).success).toBe(false);
    }
    expect(inviteSchema.safeParse({ email: "a@acme.test", role: "CLIENT_OWNER" }).success).toBe(true);
  });
});

describe("removeMemberSchema", () => {
  it("needs a membership id", () => {
    expect(removeMemberSchema.safeParse({ membershipId: "" }).success).toBe(false);
    expect(removeMemberSchema.safeParse({ membershipId: "m_1" }).success).toBe(true);
  });
});
