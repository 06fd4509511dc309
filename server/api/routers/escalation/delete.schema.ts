import "server-only";
import { z } from "zod";
import { campaignIdSchema } from "./list.schema";
import { escalationContactIdSchema } from "./update.schema";

export const deleteEscalationContactSchema = z.object({
  campaignId: campaignIdSchema,
  contactId: escalationContactIdSchema,
});
