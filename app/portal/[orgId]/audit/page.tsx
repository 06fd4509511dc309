import { AuditTrail } from "./audit-trail";

export const metadata = { title: "Audit trail" };

export default async function AuditPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  return <AuditTrail orgId={orgId} />;
}
