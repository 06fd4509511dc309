import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import twilio from "twilio";
import type RequestClient from "twilio/lib/base/RequestClient";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_PROFILE } from "./outcomes";
import { faultsSchema } from "./faults";
import { startCarrierServer } from "./server";
import { startWebhookReceiver, waitUntil } from "./test-support";
import { CarrierSimulator } from "./simulator";

// The simulator as the Twilio SDK and a webhook receiver meet it, over loopback HTTP.
const ACCOUNT = "AC" + "1".repeat(32);
const TOKEN = "sim-auth-token-0123456789";
const ALL_LIVE = {
  ...DEFAULT_PROFILE,
  live: 1,
  machine: 0,
  busy: 0,
  noAnswer: 0,
  failed: 0,
  ringSeconds: [2, 4] as [number, number],
};

let sim: CarrierSimulator;
let carrier: Server;
let receiver: Server;
let simUrl = "";
let hookUrl = "";
const received: Array<{ path: string; params: Record<string, string>; valid: boolean }> = [];

beforeAll(async () => {
  // A patient callee (120 simulated s = 2.4 s here), so a slow test machine still bridges before they hang up.
  sim = new CarrierSimulator({
    accountSid: ACCOUNT,
    authToken: TOKEN,
    seed: 5,
    timeScale: 50,
    calleePatienceSeconds: 120,
  });
  carrier = await startCarrierServer(sim, { port: 0, accountSid: ACCOUNT, authToken: TOKEN });
  simUrl = `http://127.0.0.1:${(carrier.address() as AddressInfo).port}`;
  ({ server: receiver, baseUrl: hookUrl } = await startWebhookReceiver(({ path, url, signature, form }) => {
    const params = Object.fromEntries(form);
    received.push({ path, params, valid: twilio.validateRequest(TOKEN, signature ?? "", url, params) });
    return 204;
  }));
});

afterAll(() => {
  sim.stop();
  carrier.close();
  receiver.close();
});

/** The Twilio SDK, pointed at the simulator by a request client that rewrites the API host. */
function sdk(idempotencyKey?: string) {
  class SimRequestClient extends twilio.RequestClient {
    override request<T>(opts: RequestClient.RequestOptions<T>) {
      return super.request<T>({
        ...opts,
        uri: opts.uri.replace(/^https:\/\/api\.twilio\.com/, simUrl),
        headers: { ...opts.headers, ...(idempotencyKey ? { "Idempotency-Key": idempotencyKey } : {}) },
      });
    }
  }
  return twilio(ACCOUNT, TOKEN, { httpClient: new SimRequestClient() });
}

// Loopback HTTP on a busy 2-core machine: generous timeouts, small request counts.
describe("carrier simulator", { timeout: 30_000 }, () => {
  it("plays a call through signed, sequenced status callbacks and an AMD verdict", async () => {
    sim.configure({ defaultProfile: ALL_LIVE, faults: faultsSchema.parse({}) });
    const call = await sdk("attempt-1").calls.create({
      to: "+12125550100",
      from: "+12125550199",
      twiml: "<Response><Pause length='60'/></Response>",
      statusCallback: `${hookUrl}/status`,
      statusCallbackEvent: ["initiated", "ringing", "answered", "completed"],
      machineDetection: "Enable",
      asyncAmd: "true",
      asyncAmdStatusCallback: `${hookUrl}/amd`,
    });
    expect(call.sid).toMatch(/^CA[0-9a-f]{32}$/);
    await waitUntil(
      () => received.some((r) => r.params.CallSid === call.sid && r.params.CallStatus === "completed"),
      8000,
    );
    const mine = received.filter((r) => r.params.CallSid === call.sid);
    expect(mine.every((r) => r.valid)).toBe(true);
    const statuses = mine.filter((r) => r.path === "/status");
    expect(statuses.map((r) => r.params.CallStatus)).toEqual(["initiated", "ringing", "in-progress", "completed"]);
    expect(statuses.map((r) => r.params.SequenceNumber)).toEqual(["0", "1", "2", "3"]);
    expect(statuses.at(-1)!.params).toMatchObject({ SipResponseCode: "200" });
    expect(mine.find((r) => r.path === "/amd")?.params.AnsweredBy).toMatch(/human|machine/);
  });

  it("hangs up, bridges and transfers through call updates", async () => {
    sim.configure({ defaultProfile: ALL_LIVE });
    const client = sdk();
    const place = (to: string) =>
      client.calls.create({ to, from: "+12125550199", twiml: "<Response/>", statusCallback: `${hookUrl}/status` });
    const answered = async (sid: string) => waitUntil(() => sim.calls.get(sid)?.status === "in-progress", 5000);

    const ringing = await place("+12125550101");
    expect((await client.calls(ringing.sid).update({ status: "completed" })).status).toBe("canceled");
    expect((await client.calls(ringing.sid).fetch()).status).toBe("canceled");

    const transferred = await place("+12125550105");
    await answered(transferred.sid);
    await client
      .calls(transferred.sid)
      .update({ twiml: "<Response><Dial><Number>+48221234567</Number></Dial></Response>" });
    expect(sim.calls.get(transferred.sid)).toMatchObject({ status: "completed", transferredTo: "+48221234567" });

    const bridged = await place("+12125550106");
    await answered(bridged.sid);
    const agentLeg = await client
      .conferences("attempt-42")
      .participants.create({ from: "+12125550199", to: "client:agent-7", label: "agent" });
    expect(agentLeg.callSid).toMatch(/^CA/);
    await client
      .calls(bridged.sid)
      .update({ twiml: "<Response><Dial><Conference>attempt-42</Conference></Dial></Response>" });
    expect(sim.calls.get(bridged.sid)).toMatchObject({ status: "in-progress", bridgedTo: "attempt-42" });
  });

  it("reports a second placement under the same idempotency key", async () => {
    const before = sim.stats().duplicatePlacements.length;
    const params = { to: "+12125550102", from: "+12125550199", twiml: "<Response/>" };
    await sdk("attempt-dup").calls.create(params);
    await sdk("attempt-dup").calls.create(params);
    const dups = sim.stats().duplicatePlacements;
    expect(dups.length).toBe(before + 1);
    expect(dups.find((d) => d.key === "attempt-dup")?.callSids).toHaveLength(2);
  });

  it("refuses bad credentials and answers 429 and 5xx at the configured shares", async () => {
    await expect(twilio(ACCOUNT, "wrong-token-000000000", {}).calls.list({ limit: 1 })).rejects.toThrow();
    const res = await fetch(`${simUrl}/2010-04-01/Accounts/${ACCOUNT}/Calls.json`, {
      method: "POST",
      headers: { authorization: "Basic " + Buffer.from(`${ACCOUNT}:wrong`).toString("base64") },
    });
    expect(res.status).toBe(401);
    sim.configure({ faults: faultsSchema.parse({ rest429Rate: 0.3, rest5xxRate: 0.3 }) });
    const statuses: number[] = [];
    for (let i = 0; i < 100; i++) {
      const r = await fetch(`${simUrl}/2010-04-01/Accounts/${ACCOUNT}/Calls.json`, {
        method: "POST",
        headers: {
          authorization: "Basic " + Buffer.from(`${ACCOUNT}:${TOKEN}`).toString("base64"),
          "content-type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams({ To: "+12125550103", From: "+12125550199" }),
      });
      statuses.push(r.status);
    }
    sim.configure({ faults: faultsSchema.parse({}) });
    const share = (s: number) => statuses.filter((x) => x === s).length / statuses.length;
    expect(share(429)).toBeGreaterThan(0.15);
    expect(share(503)).toBeGreaterThan(0.15);
    expect(share(201)).toBeGreaterThan(0.25);
  });

  it("duplicates and drops callbacks when told to, and never sends an unsigned one", async () => {
    sim.configure({
      defaultProfile: { ...ALL_LIVE, talk: { shape: "exponential", meanSeconds: 5 } },
      faults: faultsSchema.parse({ duplicateRate: 1 }),
    });
    const call = await sdk().calls.create({
      to: "+12125550104",
      from: "+12125550199",
      twiml: "<Response/>",
      statusCallback: `${hookUrl}/status`,
      statusCallbackEvent: ["ringing"],
    });
    await waitUntil(
      () => received.filter((r) => r.params.CallSid === call.sid && r.params.CallStatus === "completed").length === 2,
      8000,
    );
    expect(received.filter((r) => r.params.CallSid === call.sid && r.params.CallStatus === "ringing")).toHaveLength(2);
    expect(received.every((r) => r.valid)).toBe(true);
    sim.configure({ faults: faultsSchema.parse({}) });
  });
});
