import { AuditTrail } from "./audit-trail";
import { PageHeader } from "../../../_components/ui/page-header";

export const metadata = { title: "Audit trail" };

export default async function AuditPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  return (
    <>
      <PageHeader title="Audit trail" description="Every change made in this organization, newest first." />
      <AuditTrail orgId={orgId} />
    </>
  );
}
