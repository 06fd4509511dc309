import "server-only";
import { z } from "zod";
import { scriptGraphSchema } from "../../../shared/scripts/script-graph";

export const validateScriptSchema = z.object({ campaignId: z.string().min(1).max(64), graph: scriptGraphSchema });
