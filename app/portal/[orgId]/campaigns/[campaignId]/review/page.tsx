import { ReviewStep } from "./review-step";

export const metadata = { title: "Quote & submit" };

export default async function ReviewPage({ params }: { params: Promise<{ orgId: string; campaignId: string }> }) {
  const { orgId, campaignId } = await params;
  return <ReviewStep orgId={orgId} campaignId={campaignId} />;
}
