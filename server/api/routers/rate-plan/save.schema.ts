import "server-only";
import { z } from "zod";

export { saveRatePlanSchema } from "../../../shared/pricing/rate-plan";

export const deleteRatePlanSchema = z.object({ tenantId: z.string().min(1).max(64) });
