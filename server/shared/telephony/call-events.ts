import { z } from "zod";

// A call as the telephony port reports it, whatever the provider: Twilio's Call resource, normalized.
// Providers deliver status callbacks late, twice or out of order, so a call's view is folded from its
// events by `applyCallEvent`: each (call id, sequence) counts once, states only move forward, and the
// terminal state wins over anything that arrives after it.

export const CALL_STATES = ["queued", "initiated", "ringing", "answered", "ended"] as const;
export type CallState = (typeof CALL_STATES)[number];

export const ANSWERED_BY = ["human", "machine", "fax", "unknown"] as const;
export type AnsweredBy = (typeof ANSWERED_BY)[number];

export const END_REASONS = ["completed", "busy", "no-answer", "failed", "canceled"] as const;
export type EndReason = (typeof END_REASONS)[number];

export const callEventSchema = z
  .object({
    /** The provider's id of the call (Twilio's CallSid). */
    callId: z.string().min(1).max(64),
    /** The provider's per-call counter; (callId, sequence) identifies the event. */
    sequence: z.number().int().min(0),
    occurredAt: z.date(),
    /** Absent on an answering-machine verdict that arrives on its own callback. */
    state: z.enum(CALL_STATES).optional(),
    answeredBy: z.enum(ANSWERED_BY).optional(),
    /** How long answering-machine detection took after the answer. */
    amdDetectionMs: z.number().int().min(0).optional(),
    endReason: z.enum(END_REASONS).optional(),
    ringSeconds: z.number().min(0).optional(),
    talkSeconds: z.number().int().min(0).optional(),
    sipCode: z.number().int().min(100).max(699).optional(),
  })
  .refine((e) => e.state !== "ended" || e.endReason !== undefined, {
    message: "an ended call needs its end reason",
    path: ["endReason"],
  })
  .refine((e) => e.state !== undefined || e.answeredBy !== undefined, {
    message: "an event carries a state, a verdict or both",
    path: ["state"],
  });
export type CallEvent = z.infer<typeof callEventSchema>;

export interface CallView {
  callId: string;
  state: CallState;
  /** Sequences already applied (a call has a handful of events). */
  appliedSequences: number[];
  answeredBy?: AnsweredBy;
  amdDetectionMs?: number;
  endReason?: EndReason;
  ringSeconds?: number;
  talkSeconds?: number;
  sipCode?: number;
  answeredAt?: Date;
  endedAt?: Date;
}

export type ApplyOutcome =
  /** The view changed. */
  | "applied"
  /** The same (call, sequence) came before: nothing changes. */
  | "duplicate"
  /** Arrived after a later state (or after the end): kept out of the state, its facts kept where new. */
  | "late";

const rank = (state: CallState) => CALL_STATES.indexOf(state);

/** Folds one event into a call's view. Pure: the caller stores the view and the outcome. */
export function applyCallEvent(
  view: CallView | undefined,
  event: CallEvent,
): { view: CallView; outcome: ApplyOutcome } {
  const current: CallView = view ?? { callId: event.callId, state: "queued", appliedSequences: [] };
  if (current.callId !== event.callId) throw new Error(`event of call ${event.callId} applied to ${current.callId}`);
  if (current.appliedSequences.includes(event.sequence)) return { view: current, outcome: "duplicate" };

  const next: CallView = { ...current, appliedSequences: [...current.appliedSequences, event.sequence] };
  // Facts that only ever get filled in: a verdict or a ring time reported late is still true.
  next.answeredBy ??= event.answeredBy;
  next.amdDetectionMs ??= event.amdDetectionMs;
  next.ringSeconds ??= event.ringSeconds;
  next.sipCode ??= event.sipCode;

  const advances = event.state !== undefined && current.state !== "ended" && rank(event.state) > rank(current.state);
  if (advances) {
    next.state = event.state!;
    if (event.state === "answered") next.answeredAt = event.occurredAt;
    if (event.state === "ended") {
      next.endReason = event.endReason;
      next.talkSeconds = event.talkSeconds ?? 0;
      next.sipCode = event.sipCode ?? next.sipCode;
      next.endedAt = event.occurredAt;
    }
  }
  const verdictOnly = event.state === undefined;
  return { view: next, outcome: advances || verdictOnly ? "applied" : "late" };
}

/** Whether the call is over: nothing about its line or its agent can change any more. */
export const isCallEnded = (view: CallView) => view.state === "ended";
