import "server-only";
import { z } from "zod";

export const importIdSchema = z.object({ importId: z.string().min(1).max(64) });
export const campaignIdSchema = z.object({ campaignId: z.string().min(1).max(64) });
export const rejectionsSchema = importIdSchema.extend({ limit: z.number().int().min(1).max(200).default(20) });
