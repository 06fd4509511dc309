import { z } from "zod";

// The new-campaign form and campaign.create input.
export const createCampaignSchema = z.object({
  name: z.string().trim().min(3, "Name must be at least 3 characters").max(120, "Name must be at most 120 characters"),
  description: z.string().trim().max(2000, "Description must be at most 2000 characters").default(""),
});
