import { DncPanel } from "./dnc-panel";
import { PageHeader } from "../../../_components/ui/page-header";

export const metadata = { title: "Do-not-call list" };

export default async function DncPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  return (
    <>
      <PageHeader title="Do-not-call list" />
      <DncPanel orgId={orgId} />
    </>
  );
}
