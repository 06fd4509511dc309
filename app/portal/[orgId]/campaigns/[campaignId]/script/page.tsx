import { ScriptBuilder } from "./script-builder";

export const metadata = { title: "Call script" };

export default async function ScriptPage({ params }: { params: Promise<{ orgId: string; campaignId: string }> }) {
  const { orgId, campaignId } = await params;
  return <ScriptBuilder orgId={orgId} campaignId={campaignId} />;
}
