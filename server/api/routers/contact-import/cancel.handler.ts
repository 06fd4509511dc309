import "server-only";
import type { z } from "zod";
import { cancelContactImport } from "../../../domain/contacts/import-service";
import type { TenantContext } from "../../trpc";
import type { importIdSchema } from "./import-id.schema";

export const cancelImportHandler = ({ ctx, input }: { ctx: TenantContext; input: z.infer<typeof importIdSchema> }) =>
  cancelContactImport(ctx.db, input.importId);
