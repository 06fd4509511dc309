import "server-only";
import type { z } from "zod";
import { listEscalationContacts } from "../../../domain/escalation/escalation-contacts";
import type { TenantContext } from "../../trpc";
import type { listEscalationContactsSchema } from "./list.schema";

export const listEscalationContactsHandler = ({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: z.infer<typeof listEscalationContactsSchema>;
}) => listEscalationContacts(ctx.db, input.campaignId);
