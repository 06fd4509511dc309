import "server-only";
import type { z } from "zod";
import { moveEscalationContact } from "../../../domain/escalation/escalation-contacts";
import type { TenantContext } from "../../trpc";
import type { reorderEscalationContactSchema } from "./reorder.schema";

export const reorderEscalationContactHandler = ({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: z.infer<typeof reorderEscalationContactSchema>;
}) =>
  moveEscalationContact(
    ctx.db,
    { userId: ctx.user.id, requestId: ctx.requestId },
    input.campaignId,
    input.contactId,
    input.direction,
  );
