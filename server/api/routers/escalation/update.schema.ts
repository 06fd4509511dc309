import "server-only";
import { z } from "zod";
import { escalationContactInputSchema } from "../../../shared/escalation/escalation-contact";
import { campaignIdSchema } from "./list.schema";

export const escalationContactIdSchema = z.string().min(1).max(64);
export const updateEscalationContactSchema = z.object({
  campaignId: campaignIdSchema,
  contactId: escalationContactIdSchema,
  contact: escalationContactInputSchema,
});
