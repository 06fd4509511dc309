import "server-only";
import { z } from "zod";

/** Every submission procedure names one campaign of the tenant. */
export const campaignIdSchema = z.object({ campaignId: z.string().min(1).max(64) });
