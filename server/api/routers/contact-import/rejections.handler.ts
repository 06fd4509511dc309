import "server-only";
import type { z } from "zod";
import { listRejections } from "../../../domain/contacts/import-service";
import type { TenantContext } from "../../trpc";
import type { rejectionsSchema } from "./import-id.schema";

export const rejectionsHandler = ({ ctx, input }: { ctx: TenantContext; input: z.infer<typeof rejectionsSchema> }) =>
  listRejections(ctx.db, input.importId, input.limit);
