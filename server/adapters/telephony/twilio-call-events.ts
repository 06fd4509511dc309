import "server-only";
import { z } from "zod";
import { callEventSchema, type AnsweredBy, type CallEvent, type EndReason } from "../../shared/telephony/call-events";

// Twilio's status and asynchronous-AMD callbacks (form-encoded) turned into the port's CallEvents.
// Status callbacks carry CallStatus and SequenceNumber; the AMD callback carries AnsweredBy and
// MachineDetectionDuration and no sequence of its own, so it gets one above any status sequence.

const TWILIO_STATUS = {
  queued: { state: "queued" },
  initiated: { state: "initiated" },
  ringing: { state: "ringing" },
  "in-progress": { state: "answered" },
  completed: { state: "ended", endReason: "completed" },
  busy: { state: "ended", endReason: "busy" },
  "no-answer": { state: "ended", endReason: "no-answer" },
  failed: { state: "ended", endReason: "failed" },
  canceled: { state: "ended", endReason: "canceled" },
} as const satisfies Record<string, { state: CallEvent["state"]; endReason?: EndReason }>;

const ANSWERED_BY: Record<string, AnsweredBy> = {
  human: "human",
  machine_start: "machine",
  machine_end_beep: "machine",
  machine_end_silence: "machine",
  machine_end_other: "machine",
  fax: "fax",
  unknown: "unknown",
};

/** The AMD verdict's sequence: after every status event of the call, so it never collides with one. */
export const AMD_SEQUENCE = 1_000;

const optionalInt = z.preprocess(
  (v) => (v === undefined || v === "" ? undefined : v),
  z.coerce.number().int().min(0).optional(),
);

const twilioCallbackSchema = z.object({
  CallSid: z.string().regex(/^CA[0-9a-f]{32}$/, "not a Twilio call sid"),
  CallStatus: z.enum(Object.keys(TWILIO_STATUS) as [keyof typeof TWILIO_STATUS]).optional(),
  SequenceNumber: optionalInt,
  Timestamp: z.string().optional(),
  CallDuration: optionalInt,
  SipResponseCode: optionalInt,
  AnsweredBy: z.enum(Object.keys(ANSWERED_BY) as [string]).optional(),
  MachineDetectionDuration: optionalInt,
  /** Not Twilio's: the simulator (and our own ring timer) report the ring time directly. */
  RingDuration: optionalInt,
});

/** Parses one callback body; throws a ZodError naming the field when it is not a call event we know. */
export function callEventFromTwilio(form: URLSearchParams, receivedAt: Date): CallEvent {
  const body = twilioCallbackSchema.parse(Object.fromEntries(form));
  const status = body.CallStatus ? TWILIO_STATUS[body.CallStatus] : undefined;
  const amdOnly = !status && body.AnsweredBy !== undefined;
  const timestamp = body.Timestamp ? new Date(body.Timestamp) : receivedAt;
  return callEventSchema.parse({
    callId: body.CallSid,
    sequence: amdOnly ? AMD_SEQUENCE : body.SequenceNumber,
    occurredAt: Number.isNaN(timestamp.getTime()) ? receivedAt : timestamp,
    state: status?.state,
    endReason: status && "endReason" in status ? status.endReason : undefined,
    answeredBy: body.AnsweredBy ? ANSWERED_BY[body.AnsweredBy] : undefined,
    amdDetectionMs: body.MachineDetectionDuration,
    talkSeconds: status?.state === "ended" ? (body.CallDuration ?? 0) : undefined,
    ringSeconds: body.RingDuration,
    sipCode: body.SipResponseCode,
  });
}
