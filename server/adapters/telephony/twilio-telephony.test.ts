import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { faultsSchema } from "../../../scripts/carrier-sim/faults";
import { DEFAULT_PROFILE } from "../../../scripts/carrier-sim/outcomes";
import { startCarrierServer } from "../../../scripts/carrier-sim/server";
import { startWebhookReceiver, waitUntil } from "../../../scripts/carrier-sim/test-support";
import { CarrierSimulator } from "../../../scripts/carrier-sim/simulator";
import { applyCallEvent, type CallView } from "../../shared/telephony/call-events";
import { twilioTelephony, twilioWebhookVerifier } from "./twilio-telephony";

// The Twilio adapter end to end against the carrier simulator over loopback: placing, callbacks, the
// signature check and the fold of events into one view per call, with callbacks duplicated and reordered.
const ACCOUNT = "AC" + "2".repeat(32);
const TOKEN = "adapter-test-token-0123456789";

let sim: CarrierSimulator;
let carrier: Server;
let hooks: Server;
let hookBase = "";
const views = new Map<string, CallView>();
const refusals: string[] = [];
const verifier = twilioWebhookVerifier(TOKEN);

beforeAll(async () => {
  sim = new CarrierSimulator({
    accountSid: ACCOUNT,
    authToken: TOKEN,
    seed: 9,
    timeScale: 40,
    calleePatienceSeconds: 120,
  });
  carrier = await startCarrierServer(sim, { port: 0, accountSid: ACCOUNT, authToken: TOKEN });
  ({ server: hooks, baseUrl: hookBase } = await startWebhookReceiver(({ url, signature, form }) => {
    const verdict = verifier.verify({ url, signature, form, receivedAt: new Date() });
    if (!verdict.ok) {
      refusals.push(verdict.reason);
      return 403;
    }
    views.set(verdict.event.callId, applyCallEvent(views.get(verdict.event.callId), verdict.event).view);
    return 204;
  }));
});

afterAll(() => {
  sim.stop();
  carrier.close();
  hooks.close();
});

describe("twilio adapter against the carrier simulator", { timeout: 40_000 }, () => {
  const port = () =>
    twilioTelephony({
      accountSid: ACCOUNT,
      authToken: TOKEN,
      apiUrl: `http://127.0.0.1:${(carrier.address() as AddressInfo).port}`,
    });
  const request = (key: string, to: string) => ({
    idempotencyKey: key,
    to,
    from: "+12125550199",
    ringTimeoutSeconds: 25,
    detectMachines: true,
    statusCallbackUrl: `${hookBase}/status?attempt=${key}`,
    amdCallbackUrl: `${hookBase}/amd?attempt=${key}`,
  });

  it("folds every call to its one true end although callbacks come twice and out of order", async () => {
    sim.configure({
      defaultProfile: { ...DEFAULT_PROFILE, talk: { shape: "exponential", meanSeconds: 20 }, ringSeconds: [1, 5] },
      faults: faultsSchema.parse({ duplicateRate: 0.5, reorderRate: 0.3, delayRate: 0.3, delayMs: [100, 2000] }),
    });
    const telephony = port();
    const placed = await Promise.all(
      Array.from({ length: 30 }, (_, i) => telephony.placeCall(request(`attempt-${i}`, `+1212555${String(1000 + i)}`))),
    );
    await waitUntil(() => placed.every((p) => views.get(p.callId)?.state === "ended"), 15_000);
    for (const { callId } of placed) {
      const truth = sim.calls.get(callId)!;
      const view = views.get(callId)!;
      expect(view.endReason, callId).toBe(truth.status === "completed" ? "completed" : truth.status);
      // A verdict comes only when detection finished before the call ended; then it is the drawn one.
      const drawn = "verdict" in truth.outcome ? truth.outcome.verdict : undefined;
      if (view.answeredBy) expect(view.answeredBy, callId).toBe(drawn === "human" ? "human" : "machine");
    }
    expect(placed.filter((p) => views.get(p.callId)?.answeredBy).length).toBeGreaterThan(0);
    expect(sim.stats().duplicatePlacements).toEqual([]);
    expect(sim.stats().idempotencyKeysSeen).toBeGreaterThanOrEqual(30);
    expect(refusals).toEqual([]);
  });

  it("hangs up, plays a message and transfers through the port", async () => {
    sim.configure({
      defaultProfile: { ...DEFAULT_PROFILE, live: 1, machine: 0, busy: 0, noAnswer: 0, failed: 0, ringSeconds: [1, 2] },
      faults: faultsSchema.parse({}),
    });
    const telephony = port();
    const [a, b, c] = await Promise.all(
      ["x1", "x2", "x3"].map((k, i) => telephony.placeCall(request(k, `+121255520${i}0`))),
    );
    await waitUntil(() => [a, b, c].every((p) => sim.calls.get(p!.callId)?.status === "in-progress"), 15_000);
    await telephony.hangUp(a!.callId);
    await telephony.playAndHangUp(b!.callId, "Sorry we missed you. We will call again.");
    await telephony.transfer(c!.callId, "+48221234567");
    await waitUntil(() => [a, b, c].every((p) => views.get(p!.callId)?.state === "ended"), 15_000);
    expect(sim.calls.get(c!.callId)?.transferredTo).toBe("+48221234567");
  });

  it("refuses unsigned and tampered callbacks", () => {
    const form = new URLSearchParams({ CallSid: "CA" + "a".repeat(32), CallStatus: "completed", SequenceNumber: "9" });
    const url = `${hookBase}/status?attempt=z`;
    expect(verifier.verify({ url, signature: null, form, receivedAt: new Date() })).toMatchObject({
      reason: "unsigned",
    });
    expect(verifier.verify({ url, signature: "bm9wZQ==", form, receivedAt: new Date() })).toMatchObject({
      reason: "bad-signature",
    });
  });
});
