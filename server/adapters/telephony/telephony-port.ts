import "server-only";
import type { CallEvent } from "../../shared/telephony/call-events";

// The dialer's one way to the phone network. Production: Twilio Programmable Voice. Development and
// tests: the same Twilio adapter pointed at the local carrier simulator. Providers answer asynchronously:
// what happens to a call arrives later as CallEvents (status callbacks), normalized by the adapter.

export interface PlaceCallRequest {
  /** One key per dial attempt: a retried request must never ring the contact twice. */
  idempotencyKey: string;
  /** E.164. */
  to: string;
  /** E.164 caller id shown to the contact. */
  from: string;
  /** Seconds to ring before giving up with `no-answer`. */
  ringTimeoutSeconds: number;
  /** Answering-machine detection, reported asynchronously as a verdict event. */
  detectMachines: boolean;
  /** Where the provider posts this call's status and AMD callbacks (our webhook routes). */
  statusCallbackUrl: string;
  amdCallbackUrl: string;
}

export interface PlacedCall {
  callId: string;
}

export interface TelephonyPort {
  placeCall(request: PlaceCallRequest): Promise<PlacedCall>;
  hangUp(callId: string): Promise<void>;
  /** Joins an answered call and the agent's leg in one conference (Twilio's Participants API). */
  bridgeToAgent(callId: string, bridge: { conference: string; agentEndpoint: string }): Promise<void>;
  /** Hands the call to an outside number (the client's specialist), leaving our side. */
  transfer(callId: string, to: string): Promise<void>;
  /** Plays a short message, then hangs up: the abandoned-call message the law requires. */
  playAndHangUp(callId: string, message: string): Promise<void>;
}

export type WebhookVerdict =
  | { ok: true; event: CallEvent }
  /** Refused: the caller cannot prove it is the provider, or the body is not a call event. */
  | { ok: false; reason: "unsigned" | "bad-signature" | "malformed"; detail?: string };

/** Checks a provider's webhook (signature over the exact URL and form) and normalizes its call event. */
export interface TelephonyWebhookVerifier {
  verify(request: { url: string; signature: string | null; form: URLSearchParams; receivedAt: Date }): WebhookVerdict;
}
