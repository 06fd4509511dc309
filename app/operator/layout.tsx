import type { ReactNode } from "react";
import { AppShell } from "../_components/app-shell";
import { requireArea } from "@/server/auth/current-user";

export const dynamic = "force-dynamic";

export default async function OperatorLayout({ children }: { children: ReactNode }) {
  const user = await requireArea("operator");
  const membership = user.memberships.find((m) => m.orgKind === "OPERATOR")!;
  return (
    <AppShell area="Operator console" orgName={membership.orgName} userName={user.name ?? user.email} nav={[{ href: "/operator", label: "Tenants" }]}>
      {children}
    </AppShell>
  );
}
