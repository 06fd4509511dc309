import "server-only";
import { z } from "zod";

export const getScriptSchema = z.object({ campaignId: z.string().min(1).max(64) });
