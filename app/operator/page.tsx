import { DeniedNotice } from "../_components/denied-notice";
import { OperatorConsole } from "./operator-console";
import { PageHeader } from "../_components/ui/page-header";

export const metadata = { title: "Operator console" };

export default async function OperatorHome({ searchParams }: { searchParams: Promise<{ denied?: string }> }) {
  const { denied } = await searchParams;
  return (
    <>
      <PageHeader title="Operator console" />
      <DeniedNotice denied={denied} />
      <OperatorConsole />
    </>
  );
}
