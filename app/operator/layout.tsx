import type { ReactNode } from "react";
import { AppShell } from "../_components/app-shell";
import { requireArea } from "@/server/auth/current-user";
import { can } from "@/server/shared/auth/permissions";

export const dynamic = "force-dynamic";

export default async function OperatorLayout({ children }: { children: ReactNode }) {
  const user = await requireArea("operator");
  const membership = user.memberships.find((m) => m.orgKind === "OPERATOR")!;
  // Links only to what the role may open, by the rule the pages and their procedures enforce.
  const nav = [
    { href: "/operator", label: "Tenants" },
    ...(can(membership.role, "campaigns.review") ? [{ href: "/operator/reviews", label: "Reviews" }] : []),
    ...(can(membership.role, "ratePlans.manage") ? [{ href: "/operator/rate-plans", label: "Rate plans" }] : []),
  ];
  return (
    <AppShell area="Operator console" orgName={membership.orgName} userName={user.name ?? user.email} nav={nav}>
      {children}
    </AppShell>
  );
}
