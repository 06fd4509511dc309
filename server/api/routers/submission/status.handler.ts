import "server-only";
import type { z } from "zod";
import { campaignSubmissionStatus } from "../../../domain/submission/campaign-status";
import type { TenantContext } from "../../trpc";
import type { campaignIdSchema } from "./campaign-id.schema";

export const statusHandler = ({ ctx, input }: { ctx: TenantContext; input: z.infer<typeof campaignIdSchema> }) =>
  campaignSubmissionStatus(ctx.db, input.campaignId);
