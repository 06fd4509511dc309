import "server-only";
import type { z } from "zod";
import { importSummary } from "../../../domain/contacts/import-summary";
import type { TenantContext } from "../../trpc";
import type { campaignIdSchema } from "./import-id.schema";

export const summaryHandler = ({ ctx, input }: { ctx: TenantContext; input: z.infer<typeof campaignIdSchema> }) =>
  importSummary(ctx.db, input.campaignId);
