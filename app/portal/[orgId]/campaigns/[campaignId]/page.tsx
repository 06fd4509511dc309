import { CampaignDetail } from "./campaign-detail";

export default async function CampaignPage({ params }: { params: Promise<{ orgId: string; campaignId: string }> }) {
  const { orgId, campaignId } = await params;
  return <CampaignDetail orgId={orgId} campaignId={campaignId} />;
}
