import "server-only";
import type { z } from "zod";
import { getScriptForCampaign } from "../../../domain/scripts/script-versions";
import type { TenantContext } from "../../trpc";
import type { getScriptSchema } from "./get.schema";

export const getScriptHandler = ({ ctx, input }: { ctx: TenantContext; input: z.infer<typeof getScriptSchema> }) =>
  getScriptForCampaign(ctx.db, input.campaignId);
