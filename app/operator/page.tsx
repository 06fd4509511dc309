import { requireOperatorPermission } from "@/server/auth/current-user";
import { can } from "@/server/shared/auth/permissions";
import { DeniedNotice } from "../_components/denied-notice";
import { OperatorConsole } from "./operator-console";
import { PageHeader } from "../_components/ui/page-header";

export const metadata = { title: "Operator console" };

export default async function OperatorHome({ searchParams }: { searchParams: Promise<{ denied?: string }> }) {
  const [{ denied }, { membership }] = await Promise.all([searchParams, requireOperatorPermission("tenants.view")]);
  return (
    <>
      <PageHeader title="Operator console" />
      <DeniedNotice denied={denied} />
      <OperatorConsole canDisableUsers={can(membership.role, "users.disable")} />
    </>
  );
}
