import { TeamPanel } from "./team-panel";

export const metadata = { title: "Team" };

export default async function TeamPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  return <TeamPanel orgId={orgId} />;
}
