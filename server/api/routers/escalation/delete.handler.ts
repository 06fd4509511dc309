import "server-only";
import type { z } from "zod";
import { deleteEscalationContact } from "../../../domain/escalation/escalation-contacts";
import type { TenantContext } from "../../trpc";
import type { deleteEscalationContactSchema } from "./delete.schema";

export const deleteEscalationContactHandler = ({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: z.infer<typeof deleteEscalationContactSchema>;
}) =>
  deleteEscalationContact(ctx.db, { userId: ctx.user.id, requestId: ctx.requestId }, input.campaignId, input.contactId);
