import type { ReactNode } from "react";
import { AppShell } from "../../_components/app-shell";
import { requireArea } from "@/server/auth/current-user";

export const dynamic = "force-dynamic";

export default async function PortalLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ orgId: string }>;
}) {
  const { orgId } = await params;
  const user = await requireArea("portal", orgId);
  const membership = user.memberships.find((m) => m.tenantId === orgId)!;
  const base = `/portal/${orgId}`;
  return (
    <AppShell
      area="Client portal"
      orgName={membership.orgName}
      userName={user.name ?? user.email}
      nav={[
        { href: base, label: "Campaigns" },
        { href: `${base}/team`, label: "Team" },
        { href: `${base}/dnc`, label: "Do-not-call" },
        { href: `${base}/audit`, label: "Audit trail" },
      ]}
    >
      {children}
    </AppShell>
  );
}
