import { CampaignDetail } from "./campaign-detail";
import { SubmissionStatus } from "./submission-status";

export const metadata = { title: "Campaign overview" };

export default async function CampaignPage({ params }: { params: Promise<{ orgId: string; campaignId: string }> }) {
  const { orgId, campaignId } = await params;
  return (
    <div className="space-y-6">
      <SubmissionStatus orgId={orgId} campaignId={campaignId} />
      <CampaignDetail orgId={orgId} campaignId={campaignId} />
    </div>
  );
}
