import "server-only";
import { z } from "zod";

export const submissionIdSchema = z.object({ submissionId: z.string().min(1).max(64) });
