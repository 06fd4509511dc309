import "server-only";
import { z } from "zod";
import { campaignIdSchema } from "./list.schema";
import { escalationContactIdSchema } from "./update.schema";

export const reorderEscalationContactSchema = z.object({
  campaignId: campaignIdSchema,
  contactId: escalationContactIdSchema,
  direction: z.enum(["up", "down"]),
});
