import { z } from "zod";

export const PACING_MODES = ["preview", "progressive", "predictive"] as const;
export type PacingMode = (typeof PACING_MODES)[number];

/** US TSR rule: a live answer not connected to an agent within 2 s of the greeting is abandoned. */
export const ABANDON_GRACE_SECONDS = 2;

// Settings come from campaign config (DB / UI / workflow input), so they are validated at the edge.
export const pacingSettingsSchema = z.object({
  mode: z.enum(PACING_MODES),
  abandonCap: z.number().gt(0).max(0.2).default(0.03),
  // "Idle" here means idle or in wrap-up: wrap-up agents are about to be idle and are what
  // predictive dialing targets; counting only idle agents would block dialing at high occupancy.
  maxLinesPerIdleAgent: z.number().min(1).max(20).default(10),
  ringTimeoutSeconds: z.number().min(5).max(120).default(25),
});
export type PacingSettingsInput = z.input<typeof pacingSettingsSchema>;
export type PacingSettings = z.output<typeof pacingSettingsSchema>;

export function parsePacingSettings(input: unknown): PacingSettings {
  return pacingSettingsSchema.parse(input);
}

/** What the dialer sees at one instant. Elapsed times are in seconds. */
export interface PacingSnapshot {
  idleAgents: number;
  /** Idle agents that asked for a call (preview mode) and have no line yet. */
  previewRequests: number;
  /** Elapsed talk time of each agent on a call. */
  talkElapsed: readonly number[];
  /** Elapsed wrap-up time of each agent in wrap-up. */
  wrapElapsed: readonly number[];
  /** Seconds since each unresolved dial was placed (ringing, or answered and still being screened). */
  linesElapsed: readonly number[];
  /** Live answers waiting for an agent, still inside the grace period. */
  waitingCallers: number;
}

export interface PacingDecision {
  dials: number;
  /** Short human-readable explanation for the audit log. */
  reason: string;
}

export const DIAL_OUTCOMES = ["live", "machine", "busy", "no-answer"] as const;
export type DialOutcome = (typeof DIAL_OUTCOMES)[number];

/** Observations fed back into the running statistics. */
export type PacingEvent =
  /** seconds: from dial to live answer, or to line release for the other outcomes. */
  | { type: "dial-resolved"; outcome: DialOutcome; seconds: number }
  | { type: "abandoned" }
  | { type: "talk-ended"; seconds: number }
  | { type: "wrap-ended"; seconds: number };
