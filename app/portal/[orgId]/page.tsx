import Link from "next/link";
import { CampaignList } from "./campaign-list";
import { PageHeader } from "../../_components/ui/page-header";
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
      <PageHeader
        title="Campaigns"
        actions={
          <Link
            href={`/portal/${orgId}/campaigns/new`}
            className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-indigo-500"
          >
            New campaign
          </Link>
        }
      />
      <DeniedNotice denied={denied} />
      <CampaignList orgId={orgId} />
    </>
  );
}
