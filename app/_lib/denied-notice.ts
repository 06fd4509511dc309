const AREA_NAMES: Record<string, string> = { portal: "the client portal", operator: "the operator console", agent: "the agent workspace" };

export function deniedNotice(denied: string | undefined): string | undefined {
  return denied ? `You do not have access to ${AREA_NAMES[denied] ?? "that area"}. You are back in your own area.` : undefined;
}
