import { deniedNotice } from "../_lib/denied-notice";
import { Alert } from "../_components/ui/alert";
import { OperatorConsole } from "./operator-console";

export const metadata = { title: "Operator console" };

export default async function OperatorHome({ searchParams }: { searchParams: Promise<{ denied?: string }> }) {
  const notice = deniedNotice((await searchParams).denied);
  return (
    <>
      {notice && <Alert>{notice}</Alert>}
      <OperatorConsole />
    </>
  );
}
