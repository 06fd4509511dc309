import "server-only";
import type { CampaignStatus } from "@prisma/client";

// Pure: what a client should do next with a campaign, for the dashboard and the overview.

export interface NextStep {
  label: string;
  /** Path under /portal/<org>/campaigns/<id>; "" is the overview. */
  step: "" | "settings" | "contacts" | "script" | "escalation" | "review";
  /** true when the client has to act. */
  action: boolean;
}

export function nextStepFor(c: {
  status: CampaignStatus;
  hasSettings: boolean;
  hasList: boolean;
  hasScript: boolean;
}): NextStep {
  switch (c.status) {
    case "DRAFT":
    case "REJECTED": {
      const fix = c.status === "REJECTED" ? "Fix and resubmit: " : "";
      if (!c.hasSettings) return { label: `${fix}complete the settings`, step: "settings", action: true };
      if (!c.hasList) return { label: `${fix}upload the contact list`, step: "contacts", action: true };
      if (!c.hasScript) return { label: `${fix}write the script`, step: "script", action: true };
      return {
        label: c.status === "REJECTED" ? "Address the reviewer's comment and resubmit" : "Check the quote and submit",
        step: "review",
        action: true,
      };
    }
    case "SUBMITTED":
      return { label: "Waiting for Callwright's review", step: "review", action: false };
    case "APPROVED":
      return { label: "Approved: calling starts on the start date", step: "", action: false };
    case "RUNNING":
      return { label: "Calling in progress", step: "", action: false };
    case "PAUSED":
      return { label: "Paused", step: "", action: false };
    case "COMPLETED":
      return { label: "Completed", step: "", action: false };
    case "CANCELLED":
      return { label: "Cancelled", step: "", action: false };
  }
}
