import type { ReactNode } from "react";
import { AppShell } from "../_components/app-shell";
import { requireArea } from "@/server/auth/current-user";

export const dynamic = "force-dynamic";

export default async function OperatorLayout({ children }: { children: ReactNode }) {
  const user = await requireArea("operator");
  const membership = user.memberships.find((m) => m.orgKind === "OPERATOR")!;
  // Links only to what the role may open (the procedures enforce it regardless).
  const nav = [
    { href: "/operator", label: "Tenants" },
    ...(["OPERATOR_ADMIN", "SUPERVISOR"].includes(membership.role)
      ? [{ href: "/operator/reviews", label: "Reviews" }]
      : []),
    ...(["OPERATOR_ADMIN", "BILLING_ADMIN"].includes(membership.role)
      ? [{ href: "/operator/rate-plans", label: "Rate plans" }]
      : []),
  ];
  return (
    <AppShell area="Operator console" orgName={membership.orgName} userName={user.name ?? user.email} nav={nav}>
      {children}
    </AppShell>
  );
}
