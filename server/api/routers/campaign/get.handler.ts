import "server-only";
import type { z } from "zod";
import { getCampaign } from "../../../domain/campaigns/list-campaigns";
import type { TenantContext } from "../../trpc";
import type { getCampaignSchema } from "./get.schema";

export const getCampaignHandler = ({ ctx, input }: { ctx: TenantContext; input: z.infer<typeof getCampaignSchema> }) =>
  getCampaign(ctx.db, input.campaignId);
