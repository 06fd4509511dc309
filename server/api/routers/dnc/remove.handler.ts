import "server-only";
import type { z } from "zod";
import { removeDncNumber } from "../../../domain/contacts/dnc";
import type { TenantContext } from "../../trpc";
import type { removeDncSchema } from "./dnc.schema";

export const removeDncHandler = ({ ctx, input }: { ctx: TenantContext; input: z.infer<typeof removeDncSchema> }) =>
  removeDncNumber(ctx.db, { userId: ctx.user.id, requestId: ctx.requestId }, input);
