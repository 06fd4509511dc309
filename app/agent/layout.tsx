import type { ReactNode } from "react";
import { AppShell } from "../_components/app-shell";
import { requireArea } from "@/server/auth/current-user";

export const dynamic = "force-dynamic";

export default async function AgentLayout({ children }: { children: ReactNode }) {
  const user = await requireArea("agent");
  const membership = user.memberships.find((m) => m.role === "AGENT")!;
  return (
    <AppShell
      area="Agent workspace"
      orgName={membership.orgName}
      userName={user.name ?? user.email}
      nav={[{ href: "/agent", label: "Workspace" }]}
    >
      {children}
    </AppShell>
  );
}
