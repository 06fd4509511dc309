import { CampaignList } from "./campaign-list";
import { DeniedNotice } from "../../_components/denied-notice";

export const metadata = { title: "Campaigns" };

export default async function PortalHome({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>;
  searchParams: Promise<{ denied?: string }>;
}) {
  const [{ orgId }, { denied }] = await Promise.all([params, searchParams]);
  return (
    <>
      <DeniedNotice denied={denied} />
      <CampaignList orgId={orgId} />
    </>
  );
}
