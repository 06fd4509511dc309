import "server-only";
import type { z } from "zod";
import { addDncNumber } from "../../../domain/contacts/dnc";
import type { TenantContext } from "../../trpc";
import type { addDncSchema } from "./dnc.schema";

export const addDncHandler = ({ ctx, input }: { ctx: TenantContext; input: z.infer<typeof addDncSchema> }) =>
  addDncNumber(ctx.db, { userId: ctx.user.id, requestId: ctx.requestId }, input);
