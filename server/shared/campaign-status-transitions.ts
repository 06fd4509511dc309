import type { CampaignStatus } from "@prisma/client";

// Pure and browser-safe: the one rule for how a campaign's status may change. The web handlers
// (submit, review decisions) and the lifecycle workflow's activities both check it before writing.
//
//   DRAFT → SUBMITTED → APPROVED → RUNNING ⇄ PAUSED → COMPLETED
//   SUBMITTED → REJECTED → SUBMITTED (fixed and resubmitted)
//   any status that is not final → CANCELLED

export const CAMPAIGN_TRANSITIONS: Readonly<Record<CampaignStatus, readonly CampaignStatus[]>> = {
  DRAFT: ["SUBMITTED", "CANCELLED"],
  SUBMITTED: ["APPROVED", "REJECTED", "CANCELLED"],
  REJECTED: ["SUBMITTED", "CANCELLED"],
  APPROVED: ["RUNNING", "CANCELLED"],
  RUNNING: ["PAUSED", "COMPLETED", "CANCELLED"],
  PAUSED: ["RUNNING", "COMPLETED", "CANCELLED"],
  COMPLETED: [],
  CANCELLED: [],
};

/** No way out: the campaign's lifecycle is over. */
export const isFinalStatus = (status: CampaignStatus) => CAMPAIGN_TRANSITIONS[status].length === 0;

export const FINAL_STATUSES = (Object.keys(CAMPAIGN_TRANSITIONS) as CampaignStatus[]).filter(isFinalStatus);

export const canTransition = (from: CampaignStatus, to: CampaignStatus) => CAMPAIGN_TRANSITIONS[from].includes(to);

const verb: Record<CampaignStatus, string> = {
  DRAFT: "made a draft",
  SUBMITTED: "submitted",
  APPROVED: "approved",
  REJECTED: "rejected",
  RUNNING: "started",
  PAUSED: "paused",
  COMPLETED: "completed",
  CANCELLED: "cancelled",
};
function oneOf(statuses: CampaignStatus[]): string {
  const words = statuses.map((s) => s.toLowerCase());
  const list = words.length > 1 ? `${words.slice(0, -1).join(", ")} or ${words.at(-1)}` : words[0]!;
  return `${/^[aeiou]/.test(list) ? "an" : "a"} ${list}`;
}

/** Why `from → to` is refused, in words a client understands; null when it is allowed. */
export function transitionRefusal(from: CampaignStatus, to: CampaignStatus): string | null {
  if (canTransition(from, to)) return null;
  const sources = (Object.keys(CAMPAIGN_TRANSITIONS) as CampaignStatus[]).filter((s) => canTransition(s, to));
  const only = sources.length > 0 ? ` Only ${oneOf(sources)} campaign can be ${verb[to]}.` : "";
  const is = from === "DRAFT" ? "a draft" : from.toLowerCase();
  return `This campaign is ${is}, so it can't be ${verb[to]}.${only}`;
}
