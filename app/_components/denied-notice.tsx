import { Alert } from "./ui/alert";

// An area (requireArea) or an operator page's permission (requireOperatorPermission).
const AREA_NAMES: Record<string, string> = {
  portal: "the client portal",
  operator: "the operator console",
  agent: "the agent workspace",
  "campaigns.review": "the review queue",
  "ratePlans.manage": "rate plans",
};

/** Shown after requireArea() or requireOperatorPermission() sent someone back. */
export function DeniedNotice({ denied }: { denied?: string }) {
  if (!denied) return null;
  return (
    <Alert tone="warning">
      You do not have access to {AREA_NAMES[denied] ?? "that area"}. You are back in your own area.
    </Alert>
  );
}
