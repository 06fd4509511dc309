import { deniedNotice } from "../_lib/denied-notice";
import { Alert } from "../_components/ui/alert";
import { Card, EmptyState } from "../_components/ui/card";

export const metadata = { title: "Agent workspace" };

export default async function AgentHome({ searchParams }: { searchParams: Promise<{ denied?: string }> }) {
  const notice = deniedNotice((await searchParams).denied);
  return (
    <>
      {notice && <Alert>{notice}</Alert>}
      <Card title="Your queue">
        <EmptyState title="No calls assigned yet">When a supervisor assigns you to a running campaign, calls appear here.</EmptyState>
      </Card>
    </>
  );
}
