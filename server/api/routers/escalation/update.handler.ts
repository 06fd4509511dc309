import "server-only";
import type { z } from "zod";
import { updateEscalationContact } from "../../../domain/escalation/escalation-contacts";
import type { TenantContext } from "../../trpc";
import type { updateEscalationContactSchema } from "./update.schema";

export const updateEscalationContactHandler = ({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: z.infer<typeof updateEscalationContactSchema>;
}) =>
  updateEscalationContact(
    ctx.db,
    { userId: ctx.user.id, requestId: ctx.requestId },
    input.campaignId,
    input.contactId,
    input.contact,
  );
