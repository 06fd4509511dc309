import { DeniedNotice } from "../_components/denied-notice";
import { OperatorConsole } from "./operator-console";

export const metadata = { title: "Operator console" };

export default async function OperatorHome({ searchParams }: { searchParams: Promise<{ denied?: string }> }) {
  const { denied } = await searchParams;
  return (
    <>
      <DeniedNotice denied={denied} />
      <OperatorConsole />
    </>
  );
}
