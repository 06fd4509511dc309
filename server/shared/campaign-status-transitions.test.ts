import type { CampaignStatus } from "@prisma/client";
import { describe, expect, it } from "vitest";
import {
  CAMPAIGN_TRANSITIONS,
  FINAL_STATUSES,
  canTransition,
  isFinalStatus,
  transitionRefusal,
} from "./campaign-status-transitions";

const ALL = Object.keys(CAMPAIGN_TRANSITIONS) as CampaignStatus[];
const ALLOWED: [CampaignStatus, CampaignStatus][] = [
  ["DRAFT", "SUBMITTED"],
  ["REJECTED", "SUBMITTED"],
  ["SUBMITTED", "APPROVED"],
  ["SUBMITTED", "REJECTED"],
  ["APPROVED", "RUNNING"],
  ["RUNNING", "PAUSED"],
  ["PAUSED", "RUNNING"],
  ["RUNNING", "COMPLETED"],
  ["PAUSED", "COMPLETED"],
  ...(["DRAFT", "SUBMITTED", "REJECTED", "APPROVED", "RUNNING", "PAUSED"] as const).map(
    (s) => [s, "CANCELLED"] as [CampaignStatus, CampaignStatus],
  ),
];

describe("campaign status transitions", () => {
  it("allows exactly the transitions DESIGN.md names, and refuses every other pair", () => {
    for (const from of ALL)
      for (const to of ALL) {
        const allowed = ALLOWED.some(([f, t]) => f === from && t === to);
        expect(canTransition(from, to), `${from} → ${to}`).toBe(allowed);
        expect(transitionRefusal(from, to) === null, `${from} → ${to}`).toBe(allowed);
      }
  });

  it("COMPLETED and CANCELLED are final; nothing else is", () => {
    expect(ALL.filter(isFinalStatus)).toEqual(["COMPLETED", "CANCELLED"]);
    expect(FINAL_STATUSES).toEqual(["COMPLETED", "CANCELLED"]);
  });

  it("explains a refusal with what is allowed instead", () => {
    expect(transitionRefusal("APPROVED", "SUBMITTED")).toBe(
      "This campaign is approved, so it can't be submitted. Only a draft or rejected campaign can be submitted.",
    );
    expect(transitionRefusal("DRAFT", "RUNNING")).toBe(
      "This campaign is a draft, so it can't be started. Only an approved or paused campaign can be started.",
    );
    expect(transitionRefusal("COMPLETED", "DRAFT")).toBe("This campaign is completed, so it can't be made a draft.");
  });
});
