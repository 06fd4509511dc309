import "server-only";
import { z } from "zod";

export const getCampaignSchema = z.object({ campaignId: z.string().min(1).max(64) });
