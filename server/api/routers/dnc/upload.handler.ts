import "server-only";
import type { z } from "zod";
import { uploadDncNumbers } from "../../../domain/contacts/dnc";
import type { TenantContext } from "../../trpc";
import type { uploadDncSchema } from "./dnc.schema";

export const uploadDncHandler = ({ ctx, input }: { ctx: TenantContext; input: z.infer<typeof uploadDncSchema> }) =>
  uploadDncNumbers(ctx.db, { userId: ctx.user.id, requestId: ctx.requestId }, input);
