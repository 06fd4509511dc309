import "server-only";
import { z } from "zod";
import { escalationContactInputSchema } from "../../../shared/escalation/escalation-contact";
import { campaignIdSchema } from "./list.schema";

export const createEscalationContactSchema = z.object({
  campaignId: campaignIdSchema,
  contact: escalationContactInputSchema,
});
