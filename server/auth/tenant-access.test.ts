import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { requireMembership } from "./tenant-access";

const user = {
  id: "u1",
  email: "a@b.test",
  name: null,
  memberships: [{ tenantId: "org_a", orgName: "A", orgKind: "CLIENT" as const, role: "CLIENT_MEMBER" as const }],
};

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return "ok";
  } catch (error) {
    return error instanceof AppError ? error.code : "other";
  }
};

describe("requireMembership", () => {
  it("returns the membership for an allowed role", () => {
    expect(requireMembership(user, "org_a", ["CLIENT_OWNER", "CLIENT_MEMBER"]).tenantId).toBe("org_a");
  });
  it("answers NOT_FOUND for another tenant and FORBIDDEN for a role that may not act", () => {
    expect(codeOf(() => requireMembership(user, "org_b", ["CLIENT_MEMBER"]))).toBe("NOT_FOUND");
    expect(codeOf(() => requireMembership(user, "org_a", ["CLIENT_OWNER"]))).toBe("FORBIDDEN");
  });
});
