import { CampaignList } from "./campaign-list";
import { deniedNotice } from "../../_lib/denied-notice";
import { Alert } from "../../_components/ui/alert";

export const metadata = { title: "Campaigns" };

export default async function PortalHome({ params, searchParams }: { params: Promise<{ orgId: string }>; searchParams: Promise<{ denied?: string }> }) {
  const [{ orgId }, { denied }] = await Promise.all([params, searchParams]);
  const notice = deniedNotice(denied);
  return (
    <>
      {notice && <Alert>{notice}</Alert>}
      <CampaignList orgId={orgId} />
    </>
  );
}
