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

/** A provider's webhook, verified and normalized; `undefined` when the body is not a call event. */
export interface TelephonyWebhookVerifier {
  verify(request: { url: string; signature: string | null; form: URLSearchParams }): CallEvent | undefined;
}
