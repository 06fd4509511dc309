import "server-only";
import type { z } from "zod";
import { submitCampaign } from "../../../domain/submission/submit";
import type { TenantContext } from "../../trpc";
import type { campaignIdSchema } from "./campaign-id.schema";

export async function submitHandler({ ctx, input }: { ctx: TenantContext; input: z.infer<typeof campaignIdSchema> }) {
  const result = await submitCampaign(ctx.db, { userId: ctx.user.id, requestId: ctx.requestId }, input.campaignId);
  ctx.log.info({ campaignId: input.campaignId, ...result }, "campaign submitted");
  return result;
}
