import "server-only";
import type { z } from "zod";
import { createEscalationContact } from "../../../domain/escalation/escalation-contacts";
import type { TenantContext } from "../../trpc";
import type { createEscalationContactSchema } from "./create.schema";

export const createEscalationContactHandler = ({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: z.infer<typeof createEscalationContactSchema>;
}) =>
  createEscalationContact(ctx.db, { userId: ctx.user.id, requestId: ctx.requestId }, input.campaignId, input.contact);
