import { z } from "zod";
import { escalationContactInputSchema } from "../../../domain/escalation/escalation-contact";
import { campaignIdSchema } from "./list.schema";

export const createEscalationContactSchema = z.object({
  campaignId: campaignIdSchema,
  contact: escalationContactInputSchema,
});
