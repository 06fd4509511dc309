import { NewCampaignForm } from "./new-campaign-form";

export const metadata = { title: "New campaign" };

export default async function NewCampaignPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  return <NewCampaignForm orgId={orgId} />;
}
