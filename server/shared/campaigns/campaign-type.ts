import { z } from "zod";

// Mirrors the CampaignType enum in prisma/schema.prisma (kept here so the browser can load it).
export const CAMPAIGN_TYPES = [
  "OUTBOUND_SALES",
  "SURVEY",
  "LEAD_QUALIFICATION",
  "REMINDER",
  "INBOUND_HOTLINE",
  "INBOUND_OVERFLOW",
] as const;
export type CampaignTypeValue = (typeof CAMPAIGN_TYPES)[number];
export const campaignTypeSchema = z.enum(CAMPAIGN_TYPES, { error: "Pick a campaign type" });

export const CAMPAIGN_TYPE_LABELS: Record<CampaignTypeValue, { label: string; hint: string }> = {
  OUTBOUND_SALES: { label: "Outbound sales", hint: "Agents call your contacts with an offer." },
  SURVEY: { label: "Survey", hint: "Agents ask your questions and record the answers." },
  LEAD_QUALIFICATION: {
    label: "Lead qualification",
    hint: "Agents check whether leads fit before your sales team calls.",
  },
  REMINDER: { label: "Reminder", hint: "Agents remind contacts of appointments, renewals or payments." },
  INBOUND_HOTLINE: { label: "Inbound hotline", hint: "Agents answer calls to your dedicated number." },
  INBOUND_OVERFLOW: { label: "Inbound overflow", hint: "Agents take the calls your own team can't answer in time." },
};

export const DIAL_MODES = ["PREVIEW", "PROGRESSIVE", "PREDICTIVE"] as const;
export type DialModeValue = (typeof DIAL_MODES)[number];
export const DIAL_MODE_LABELS: Record<DialModeValue, { label: string; hint: string }> = {
  PREVIEW: {
    label: "Preview",
    hint: "The agent sees the contact first and starts each call: slowest, never abandons.",
  },
  PROGRESSIVE: {
    label: "Progressive",
    hint: "A call is placed only when an agent is free: steady pace, almost no abandons.",
  },
  PREDICTIVE: {
    label: "Predictive",
    hint: "Dials ahead of free agents to cut idle time; some answered calls may be abandoned.",
  },
};
