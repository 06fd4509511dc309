import "server-only";
import { z } from "zod";
import { scriptGraphSchema } from "../../../shared/scripts/script-graph";

export const saveScriptSchema = z.object({
  campaignId: z.string().min(1).max(64),
  graph: scriptGraphSchema,
  /** The version the editor loaded; null when it started from the starter script. */
  baseVersionId: z.string().min(1).max(64).nullable(),
});
