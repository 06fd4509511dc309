import { Alert } from "./ui/alert";

const AREA_NAMES: Record<string, string> = {
  portal: "the client portal",
  operator: "the operator console",
  agent: "the agent workspace",
};

/** Shown after requireArea() sent someone back from another role's area. */
export function DeniedNotice({ denied }: { denied?: string }) {
  if (!denied) return null;
  return (
    <Alert tone="warning">
      You do not have access to {AREA_NAMES[denied] ?? "that area"}. You are back in your own area.
    </Alert>
  );
}
