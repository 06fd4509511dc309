import type { CampaignStatus } from "@prisma/client";

// The one rule for "can the client still change this campaign?", used by the server's guards
// (lockEditableCampaign, the import routes) and by the wizard to show or hide its edit controls.

/** A client edits a campaign only while it is a draft, or after a rejection to fix it. */
export const EDITABLE_STATUSES: readonly CampaignStatus[] = ["DRAFT", "REJECTED"];

/** Takes a plain string too: the UI gets statuses as strings over tRPC. */
export const isEditableStatus = (status: string): boolean => (EDITABLE_STATUSES as readonly string[]).includes(status);
