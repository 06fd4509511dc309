import "server-only";
import { listCampaigns } from "../../../domain/campaigns/list-campaigns";
import type { TenantContext } from "../../trpc";

export const listCampaignsHandler = ({ ctx }: { ctx: TenantContext }) => listCampaigns(ctx.db);
