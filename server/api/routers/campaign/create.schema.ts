import "server-only";
import { z } from "zod";
export { createCampaignSchema } from "../../../shared/campaigns/create-campaign";

export const createCampaignOutput = z.object({ id: z.string() });
