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
 * What the workflow is waiting for. Internal: users see the Campaign row's status, never this.
 * The stage follows the row (DRAFT/REJECTED → submission, SUBMITTED → decision, APPROVED → start
 * date, RUNNING/PAUSED → end date, COMPLETED/CANCELLED → finished).
 */
export const lifecycleStages = [
  "SETTING_UP",
  "AWAITING_SUBMISSION",
  "AWAITING_DECISION",
  "AWAITING_START",
  "AWAITING_END",
  "FINISHED",
] as const;
export type LifecycleStage = (typeof lifecycleStages)[number];

// Signals tell the workflow that the web app changed the Campaign row (after its commit); the
// workflow then reads the row again. Each names its submission, for the history and the reminders.
export const submissionSignalArgs = z.object({ submissionId: z.string().min(1) });
export type SubmissionSignalArgs = z.infer<typeof submissionSignalArgs>;

export const submittedSignal = defineSignal<[SubmissionSignalArgs]>("submitted");
export const approvedSignal = defineSignal<[SubmissionSignalArgs]>("approved");
export const rejectedSignal = defineSignal<[SubmissionSignalArgs]>("rejected");

export interface LifecycleProgress {
  stage: LifecycleStage;
  /** The submission the workflow last heard of or is waiting on. */
  submissionId: string | null;
  /** Reminders sent for that submission. */
  remindersSent: number;
  startAt: number | null;
  endAt: number | null;
}
/**
 * For operators in the Temporal UI and for the integration tests, which wait on it to know a signal
 * was handled. No page or procedure reads it.
 */
export const progressQuery = defineQuery<LifecycleProgress>("progress");
