import "server-only";
import type { z } from "zod";
import { getImportStatus } from "../../../domain/contacts/import-service";
import type { TenantContext } from "../../trpc";
import type { importIdSchema } from "./import-id.schema";

export const importStatusHandler = ({ ctx, input }: { ctx: TenantContext; input: z.infer<typeof importIdSchema> }) =>
  getImportStatus(ctx.db, input.importId);
