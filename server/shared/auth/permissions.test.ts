import type { Role } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { can, canRemoveMember, PERMISSIONS, type Action } from "./permissions";

const ALL_ROLES: Role[] = ["CLIENT_OWNER", "CLIENT_MEMBER", "AGENT", "OPERATOR_ADMIN", "SUPERVISOR", "BILLING_ADMIN"];

describe("can", () => {
  // The whole table, so a change to who may do what is a visible change to this test.
  it.each<[Action, Role[]]>([
    ["campaigns.manage", ["CLIENT_OWNER", "CLIENT_MEMBER"]],
    ["team.view", ["CLIENT_OWNER", "CLIENT_MEMBER"]],
    ["team.manage", ["CLIENT_OWNER"]],
    ["contacts.view", ["CLIENT_OWNER", "CLIENT_MEMBER"]],
    ["contacts.viewPhoneNumbers", ["CLIENT_OWNER"]],
    ["tenants.view", ["OPERATOR_ADMIN", "SUPERVISOR", "BILLING_ADMIN"]],
    ["users.disable", ["OPERATOR_ADMIN"]],
    ["campaigns.review", ["OPERATOR_ADMIN", "SUPERVISOR"]],
    ["ratePlans.manage", ["OPERATOR_ADMIN", "BILLING_ADMIN"]],
  ])("%s: %j", (action, allowed) => {
    expect(ALL_ROLES.filter((role) => can(role, action))).toEqual(allowed);
  });

  it("supervisors cannot price or disable users; billing admins cannot review", () => {
    expect(can("SUPERVISOR", "ratePlans.manage")).toBe(false);
    expect(can("SUPERVISOR", "users.disable")).toBe(false);
    expect(can("BILLING_ADMIN", "campaigns.review")).toBe(false);
  });

  it("no role, no permission; agents have no client or console permission", () => {
    for (const action of Object.keys(PERMISSIONS) as Action[]) {
      expect(can(null, action)).toBe(false);
      expect(can("AGENT", action)).toBe(false);
    }
  });
});

describe("canRemoveMember", () => {
  it("an owner removes others but never themselves; a member removes no one", () => {
    const owner = { userId: "u_owner", role: "CLIENT_OWNER" as const };
    expect(canRemoveMember(owner, { userId: "u_other" })).toBe(true);
    expect(canRemoveMember(owner, { userId: "u_owner" })).toBe(false);
    expect(canRemoveMember({ userId: "u_member", role: "CLIENT_MEMBER" }, { userId: "u_other" })).toBe(false);
  });
});
