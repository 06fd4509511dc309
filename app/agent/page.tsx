import { DeniedNotice } from "../_components/denied-notice";
import { Card, EmptyState } from "../_components/ui/card";
import { PageHeader } from "../_components/ui/page-header";

export const metadata = { title: "Agent workspace" };

export default async function AgentHome({ searchParams }: { searchParams: Promise<{ denied?: string }> }) {
  const { denied } = await searchParams;
  return (
    <>
      <PageHeader title="Agent workspace" />
      <DeniedNotice denied={denied} />
      <Card title="Your queue">
        <EmptyState title="No calls assigned yet">
          When a supervisor assigns you to a running campaign, calls appear here.
        </EmptyState>
      </Card>
    </>
  );
}
