import { TeamPanel } from "./team-panel";
import { PageHeader } from "../../../_components/ui/page-header";

export const metadata = { title: "Team" };

export default async function TeamPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  return (
    <>
      <PageHeader title="Team" description="Who can open this organization’s portal, and with which role." />
      <TeamPanel orgId={orgId} />
    </>
  );
}
