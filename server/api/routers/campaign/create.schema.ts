import "server-only";
export { createCampaignSchema } from "../../../shared/campaigns/create-campaign";
