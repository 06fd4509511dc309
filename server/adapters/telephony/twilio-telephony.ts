import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import twilio from "twilio";
import type RequestClient from "twilio/lib/base/RequestClient";
import { ZodError } from "zod";
import { callEventFromTwilio } from "./twilio-call-events";
import type { PlaceCallRequest, TelephonyPort, TelephonyWebhookVerifier } from "./telephony-port";

// The production telephony adapter: Twilio Programmable Voice through the official SDK. In development and
// tests `apiUrl` points the same code at the carrier simulator (scripts/carrier-sim): the SDK's request
// client is swapped for one that rewrites Twilio's host, so there is no simulator-only code path.

export interface TwilioConfig {
  accountSid: string;
  authToken: string;
  /** The carrier simulator; unset for real Twilio. */
  apiUrl?: string;
}

const TWILIO_API = /^https:\/\/api\.twilio\.com/;
/** The dial attempt's key for the request being sent (Twilio ignores the header; the simulator counts it). */
const attemptKey = new AsyncLocalStorage<string>();

function requestClient(apiUrl: string | undefined): RequestClient {
  class CallwrightRequestClient extends twilio.RequestClient {
    override request<T>(opts: RequestClient.RequestOptions<T>) {
      const key = attemptKey.getStore();
      return super.request<T>({
        ...opts,
        uri: apiUrl ? opts.uri.replace(TWILIO_API, apiUrl.replace(/\/$/, "")) : opts.uri,
        headers: { ...opts.headers, ...(key ? { "Idempotency-Key": key } : {}) },
      });
    }
  }
  return new CallwrightRequestClient({ timeout: 10_000 });
}

export function twilioTelephony(config: TwilioConfig): TelephonyPort {
  const client = twilio(config.accountSid, config.authToken, { httpClient: requestClient(config.apiUrl) });
  const twiml = (build: (r: InstanceType<typeof twilio.twiml.VoiceResponse>) => void) => {
    const response = new twilio.twiml.VoiceResponse();
    build(response);
    return response.toString();
  };

  return {
    async placeCall(request: PlaceCallRequest) {
      const call = await attemptKey.run(request.idempotencyKey, () =>
        client.calls.create({
          to: request.to,
          from: request.from,
          timeout: request.ringTimeoutSeconds,
          // Until an agent is bridged in, the answered party hears silence (the 2-second rule's clock runs).
          twiml: twiml((r) => r.pause({ length: 60 })),
          statusCallback: request.statusCallbackUrl,
          statusCallbackMethod: "POST",
          statusCallbackEvent: ["initiated", "ringing", "answered", "completed"],
          ...(request.detectMachines
            ? {
                machineDetection: "Enable",
                asyncAmd: "true",
                asyncAmdStatusCallback: request.amdCallbackUrl,
                asyncAmdStatusCallbackMethod: "POST",
              }
            : {}),
        }),
      );
      return { callId: call.sid };
    },
    async hangUp(callId) {
      await client.calls(callId).update({ status: "completed" });
    },
    async bridgeToAgent(callId, bridge) {
      await client.conferences(bridge.conference).participants.create({
        from: "callwright",
        to: bridge.agentEndpoint,
        label: "agent",
        endConferenceOnExit: true,
      });
      await client.calls(callId).update({ twiml: twiml((r) => r.dial().conference(bridge.conference)) });
    },
    async transfer(callId, to) {
      await client.calls(callId).update({ twiml: twiml((r) => r.dial().number(to)) });
    },
    async playAndHangUp(callId, message) {
      await client.calls(callId).update({
        twiml: twiml((r) => {
          r.say(message);
          r.hangup();
        }),
      });
    },
  };
}

export function twilioWebhookVerifier(authToken: string): TelephonyWebhookVerifier {
  return {
    verify({ url, signature, form, receivedAt }) {
      if (!signature) return { ok: false, reason: "unsigned" };
      if (!twilio.validateRequest(authToken, signature, url, Object.fromEntries(form)))
        return { ok: false, reason: "bad-signature" };
      try {
        return { ok: true, event: callEventFromTwilio(form, receivedAt) };
      } catch (error) {
        if (error instanceof ZodError) return { ok: false, reason: "malformed", detail: error.issues[0]?.message };
        throw error;
      }
    },
  };
}
