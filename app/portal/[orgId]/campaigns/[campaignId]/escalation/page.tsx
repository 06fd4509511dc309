import { EscalationStep } from "./escalation-step";

export const metadata = { title: "Escalation contacts" };

export default async function EscalationPage({ params }: { params: Promise<{ orgId: string; campaignId: string }> }) {
  const { orgId, campaignId } = await params;
  return <EscalationStep orgId={orgId} campaignId={campaignId} />;
}
