import { defineQuery, defineSignal } from "@temporalio/workflow";
import { z } from "zod";

export const campaignWorkflowId = (campaignId: string) => `campaign-${campaignId}`;

export const campaignLifecycleInput = z.object({
  tenantId: z.string().min(1),
  campaignId: z.string().min(1),
  createdByUserId: z.string().min(1),
});
export type CampaignLifecycleInput = z.infer<typeof campaignLifecycleInput>;

export const campaignStages = ["SETTING_UP", "DRAFT", "CANCELLED"] as const;
export type CampaignStage = (typeof campaignStages)[number];

export const cancelCampaignSignal = defineSignal("cancelCampaign");
export const stageQuery = defineQuery<CampaignStage>("stage");
