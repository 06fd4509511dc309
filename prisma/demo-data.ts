import type { OrgKind, Role } from "@prisma/client";

export const DEMO_PASSWORD = "callwright-demo";

export const DEMO_ORGS: { id: string; slug: string; name: string; kind: OrgKind; timeZone: string }[] = [
  {
    id: "org_operator_demo",
    slug: "callwright-ops",
    name: "Callwright Operations",
    kind: "OPERATOR",
    timeZone: "Europe/Berlin",
  },
  { id: "org_client_acme", slug: "acme", name: "Acme Insurance", kind: "CLIENT", timeZone: "America/New_York" },
];

export const DEMO_USERS: { email: string; name: string; role: Role; orgId: string; org: string }[] = [
  {
    email: "admin@callwright.test",
    name: "Olivia Admin",
    role: "OPERATOR_ADMIN",
    orgId: "org_operator_demo",
    org: "Callwright Operations",
  },
  {
    email: "supervisor@callwright.test",
    name: "Sam Supervisor",
    role: "SUPERVISOR",
    orgId: "org_operator_demo",
    org: "Callwright Operations",
  },
  {
    email: "agent1@callwright.test",
    name: "Ava Agent",
    role: "AGENT",
    orgId: "org_operator_demo",
    org: "Callwright Operations",
  },
  {
    email: "agent2@callwright.test",
    name: "Ben Agent",
    role: "AGENT",
    orgId: "org_operator_demo",
    org: "Callwright Operations",
  },
  {
    email: "owner@acme.test",
    name: "Carla Owner",
    role: "CLIENT_OWNER",
    orgId: "org_client_acme",
    org: "Acme Insurance",
  },
];
