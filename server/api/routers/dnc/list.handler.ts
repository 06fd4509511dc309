import "server-only";
import type { z } from "zod";
import { listDncNumbers } from "../../../domain/contacts/dnc";
import type { TenantContext } from "../../trpc";
import type { listDncSchema } from "./dnc.schema";

export const listDncHandler = ({ ctx, input }: { ctx: TenantContext; input: z.infer<typeof listDncSchema> }) =>
  listDncNumbers(ctx.db, input);
