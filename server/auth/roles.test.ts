import type { Role } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { areaOf, CLIENT_ROLES, homePath, OPERATOR_STAFF_ROLES, ROLE_ORG_KIND, type MembershipSummary } from "./roles";

const membership = (role: Role, tenantId = "org_1"): MembershipSummary => ({
  tenantId,
  role,
  orgName: "Org",
  orgKind: ROLE_ORG_KIND[role],
});

describe("areaOf", () => {
  it.each<[Role, string]>([
    ["CLIENT_OWNER", "portal"],
    ["CLIENT_MEMBER", "portal"],
    ["AGENT", "agent"],
    ["SUPERVISOR", "operator"],
    ["OPERATOR_ADMIN", "operator"],
    ["BILLING_ADMIN", "operator"],
  ])("%s → %s", (role, area) => {
    expect(areaOf(role)).toBe(area);
  });

  it("client roles belong to client organizations, every other role to the operator", () => {
    for (const role of CLIENT_ROLES) expect(ROLE_ORG_KIND[role]).toBe("CLIENT");
    for (const role of [...OPERATOR_STAFF_ROLES, "AGENT"] as const) expect(ROLE_ORG_KIND[role]).toBe("OPERATOR");
  });
});

describe("homePath", () => {
  it("sends a user without memberships to /no-access", () => {
    expect(homePath([])).toBe("/no-access");
  });

  it("sends client users to their organization's portal", () => {
    expect(homePath([membership("CLIENT_OWNER", "org_acme")])).toBe("/portal/org_acme");
    expect(homePath([membership("CLIENT_MEMBER", "org_globex")])).toBe("/portal/org_globex");
  });

  it("sends agents to /agent and operator staff to /operator", () => {
    expect(homePath([membership("AGENT")])).toBe("/agent");
    expect(homePath([membership("SUPERVISOR")])).toBe("/operator");
    expect(homePath([membership("OPERATOR_ADMIN")])).toBe("/operator");
    expect(homePath([membership("BILLING_ADMIN")])).toBe("/operator");
  });

  it("uses the first membership when there are several", () => {
    expect(homePath([membership("AGENT"), membership("CLIENT_OWNER", "org_acme")])).toBe("/agent");
    expect(homePath([membership("CLIENT_MEMBER", "org_b"), membership("OPERATOR_ADMIN")])).toBe("/portal/org_b");
  });
});
