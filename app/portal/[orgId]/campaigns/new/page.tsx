import { NewCampaignForm } from "./new-campaign-form";
import { PageHeader } from "../../../../_components/ui/page-header";

export const metadata = { title: "New campaign" };

export default async function NewCampaignPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  return (
    <>
      <PageHeader title="New campaign" />
      <NewCampaignForm orgId={orgId} />
    </>
  );
}
