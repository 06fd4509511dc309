import { defineQuery, defineSignal } from "@temporalio/workflow";
import { z } from "zod";

export const campaignWorkflowId = (campaignId: string) => `campaign-${campaignId}`;

export const DAY_MS = 24 * 60 * 60 * 1000;

export const campaignLifecycleInput = z.object({
  tenantId: z.string().min(1),
  campaignId: z.string().min(1),
  createdByUserId: z.string().min(1),
  /** How long a submission may wait for a decision before operator staff get a reminder (and again after each interval). */
  reviewReminderIntervalMs: z.number().int().positive().default(DAY_MS),
});
export type CampaignLifecycleInput = z.input<typeof campaignLifecycleInput>;

/**
 * SETTING_UP → DRAFT ⇄ SUBMITTED (rejected goes back to DRAFT) → APPROVED → READY_TO_DIAL at the
 * start date. CANCELLED from any stage. The dialer takes over from READY_TO_DIAL (a later issue).
 */
export const campaignStages = ["SETTING_UP", "DRAFT", "SUBMITTED", "APPROVED", "READY_TO_DIAL", "CANCELLED"] as const;
export type CampaignStage = (typeof campaignStages)[number];

// Every signal names its submission, so a duplicate or late signal is recognised and ignored.
export const submittedSignalArgs = z.object({ submissionId: z.string().min(1) });
export const approvedSignalArgs = z.object({
  submissionId: z.string().min(1),
  /** Epoch milliseconds of the start date, 00:00 in the organization's time zone (computed outside the workflow). */
  startAt: z.number().int(),
});
export const rejectedSignalArgs = z.object({ submissionId: z.string().min(1), comment: z.string().max(2000) });

export type SubmittedSignalArgs = z.infer<typeof submittedSignalArgs>;
export type ApprovedSignalArgs = z.infer<typeof approvedSignalArgs>;
export type RejectedSignalArgs = z.infer<typeof rejectedSignalArgs>;

export const cancelCampaignSignal = defineSignal("cancelCampaign");
export const submittedSignal = defineSignal<[SubmittedSignalArgs]>("submitted");
export const approvedSignal = defineSignal<[ApprovedSignalArgs]>("approved");
export const rejectedSignal = defineSignal<[RejectedSignalArgs]>("rejected");

export const stageQuery = defineQuery<CampaignStage>("stage");

export interface ReviewState {
  stage: CampaignStage;
  submissionId: string | null;
  remindersSent: number;
  startAt: number | null;
}
export const reviewStateQuery = defineQuery<ReviewState>("reviewState");
