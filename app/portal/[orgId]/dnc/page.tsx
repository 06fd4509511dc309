import { DncPanel } from "./dnc-panel";

export const metadata = { title: "Do-not-call list" };

export default async function DncPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  return <DncPanel orgId={orgId} />;
}
