import { randomBytes } from "node:crypto";
import { createRandom, type Random } from "../pacing-sim/random";
import { callbackPlan, NO_FAULTS, restFault, type Faults, type RestFault } from "./faults";
import { DEFAULT_PROFILE, drawOutcome, type DrawnOutcome, type OutcomeProfile } from "./outcomes";
import { twilioSignature } from "./twilio-signature";

// The carrier: calls, their timelines, and signed status callbacks. Times inside are simulated
// milliseconds; `timeScale` 10 plays them ten times faster than the wall clock.

export interface ProfileRule {
  /** Applies to calls placed from this caller id (one per campaign) … */
  from?: string;
  /** … or to numbers starting with this prefix. The first matching rule wins. */
  toPrefix?: string;
  profile: OutcomeProfile;
}

export interface SimOptions {
  accountSid: string;
  authToken: string;
  seed: number;
  timeScale: number;
  /** A person who answers and hears nobody hangs up after this many seconds. */
  calleePatienceSeconds?: number;
  post?: (url: string, form: URLSearchParams, headers: Record<string, string>) => Promise<number>;
}

export type CallStatus =
  "queued" | "initiated" | "ringing" | "in-progress" | "completed" | "busy" | "no-answer" | "failed" | "canceled";
const REORDER_HOLD_MS = 2000;
const TERMINAL: ReadonlySet<CallStatus> = new Set(["completed", "busy", "no-answer", "failed", "canceled"]);

export interface SimCall {
  sid: string;
  to: string;
  from: string;
  direction: "outbound-api" | "inbound";
  status: CallStatus;
  createdAt: number;
  answeredAt?: number;
  endedAt?: number;
  outcome: DrawnOutcome;
  statusCallback?: string;
  statusEvents: Set<string>;
  amdCallback?: string;
  idempotencyKey?: string;
  sequence: number;
  /** A callback held back by the reorder fault, sent after the call's next one. */
  held?: () => void;
  bridgedTo?: string;
  transferredTo?: string;
  timers: NodeJS.Timeout[];
}

export interface CreateCallParams {
  To: string;
  From: string;
  StatusCallback?: string;
  StatusCallbackEvent?: string[];
  MachineDetection?: string;
  AsyncAmd?: string;
  AsyncAmdStatusCallback?: string;
  Timeout?: number;
}

export class CarrierSimulator {
  readonly calls = new Map<string, SimCall>();
  private readonly placementsByKey = new Map<string, string[]>();
  private readonly rng: Random;
  private rules: ProfileRule[] = [];
  private defaultProfile = DEFAULT_PROFILE;
  faults: Faults = NO_FAULTS;
  timeScale: number;
  readonly counters = { callbacksSent: 0, callbacksDropped: 0, callbacksFailed: 0, restRefused: 0 };

  constructor(private readonly opts: SimOptions) {
    this.rng = createRandom(opts.seed);
    this.timeScale = opts.timeScale;
  }

  configure(c: { defaultProfile?: OutcomeProfile; rules?: ProfileRule[]; faults?: Faults; timeScale?: number }) {
    if (c.defaultProfile) this.defaultProfile = c.defaultProfile;
    if (c.rules) this.rules = c.rules;
    if (c.faults) this.faults = c.faults;
    if (c.timeScale) this.timeScale = c.timeScale;
  }

  /** A refusal the carrier answers instead of doing the work, drawn per REST request. */
  restFault(): RestFault {
    const fault = restFault(this.rng, this.faults);
    if (fault) this.counters.restRefused++;
    return fault;
  }

  createCall(params: CreateCallParams, idempotencyKey: string | undefined): SimCall {
    const profile = this.profileFor(params.From, params.To);
    const call: SimCall = {
      sid: newSid("CA"),
      to: params.To,
      from: params.From,
      direction: "outbound-api",
      status: "queued",
      createdAt: Date.now(),
      outcome: drawOutcome(this.rng, profile, params.Timeout ?? 60),
      statusCallback: params.StatusCallback,
      statusEvents: new Set(params.StatusCallbackEvent ?? []),
      amdCallback: params.MachineDetection && params.AsyncAmd === "true" ? params.AsyncAmdStatusCallback : undefined,
      idempotencyKey,
      sequence: 0,
      timers: [],
    };
    this.calls.set(call.sid, call);
    if (idempotencyKey)
      this.placementsByKey.set(idempotencyKey, [...(this.placementsByKey.get(idempotencyKey) ?? []), call.sid]);
    this.playTimeline(call);
    return call;
  }

  /** Hang up (Status=completed or canceled). */
  endCall(call: SimCall): void {
    if (TERMINAL.has(call.status)) return;
    // As at Twilio: hanging up an answered call completes it; one still queued or ringing is canceled.
    this.finish(call, call.status === "in-progress" ? "completed" : "canceled");
  }

  bridge(call: SimCall, target: string): void {
    if (call.status !== "in-progress") return;
    call.bridgedTo = target;
    // The person now talks to an agent for the rest of the conversation drawn at placement.
    this.clearTimers(call);
    const talkSimMs = "talkSeconds" in call.outcome ? call.outcome.talkSeconds * 1000 : 1000;
    const elapsedSimMs = (Date.now() - (call.answeredAt ?? Date.now())) * this.timeScale;
    this.after(call, Math.max(0, talkSimMs - elapsedSimMs), () => this.finish(call, "completed"));
  }

  transfer(call: SimCall, to: string): void {
    if (call.status !== "in-progress") return;
    call.transferredTo = to;
    this.finish(call, "completed");
  }

  /** Plays a message (about 3 s), then hangs up. */
  playAndHangUp(call: SimCall): void {
    if (call.status !== "in-progress") return this.endCall(call);
    this.clearTimers(call);
    this.after(call, 3000, () => this.finish(call, "completed"));
  }

  stats() {
    const duplicatePlacements = [...this.placementsByKey]
      .filter(([, sids]) => sids.length > 1)
      .map(([key, callSids]) => ({ key, callSids }));
    return {
      calls: this.calls.size,
      active: [...this.calls.values()].filter((c) => !TERMINAL.has(c.status)).length,
      idempotencyKeysSeen: this.placementsByKey.size,
      duplicatePlacements,
      ...this.counters,
    };
  }

  stop(): void {
    for (const call of this.calls.values()) this.clearTimers(call);
  }

  private profileFor(from: string, to: string): OutcomeProfile {
    const rule = this.rules.find(
      (r) => (r.from ? r.from === from : true) && (r.toPrefix ? to.startsWith(r.toPrefix) : true),
    );
    return rule?.profile ?? this.defaultProfile;
  }

  private playTimeline(call: SimCall): void {
    const o = call.outcome;
    this.after(call, 100, () => this.setStatus(call, "initiated"));
    this.after(call, 400, () => this.setStatus(call, "ringing"));
    const ringEnd = 400 + o.ringSeconds * 1000;
    if (!("sipCode" in o)) {
      this.after(call, ringEnd, () => {
        call.answeredAt = Date.now();
        this.setStatus(call, "in-progress");
      });
      if (call.amdCallback) this.after(call, ringEnd + o.amdDelayMs, () => this.sendAmd(call, o.verdict, o.amdDelayMs));
      // Unbridged, a person hangs up after a few seconds of silence; a machine plays its greeting out.
      const patience = (this.opts.calleePatienceSeconds ?? 6) * 1000;
      const hangUpAt =
        o.result === "live"
          ? ringEnd + Math.min(patience + o.amdDelayMs, o.talkSeconds * 1000)
          : ringEnd + o.talkSeconds * 1000;
      this.after(call, hangUpAt, () => this.finish(call, "completed"));
    } else {
      this.after(call, ringEnd, () => this.finish(call, o.result, o.sipCode));
    }
  }

  private setStatus(call: SimCall, status: CallStatus): void {
    if (TERMINAL.has(call.status)) return;
    call.status = status;
    const event = status === "in-progress" ? "answered" : status;
    if (call.statusEvents.has(event)) this.sendStatus(call);
  }

  private finish(call: SimCall, status: CallStatus, sipCode = 200): void {
    if (TERMINAL.has(call.status)) return;
    this.clearTimers(call);
    call.status = status;
    call.endedAt = Date.now();
    // Twilio always reports the end, whatever events were asked for.
    this.sendStatus(call, sipCode);
  }

  private sendStatus(call: SimCall, sipCode?: number): void {
    if (!call.statusCallback) return;
    const params: Record<string, string> = {
      AccountSid: this.opts.accountSid,
      ApiVersion: "2010-04-01",
      CallSid: call.sid,
      CallStatus: call.status,
      Direction: call.direction,
      From: call.from,
      To: call.to,
      CallbackSource: "call-progress-events",
      SequenceNumber: String(call.sequence++),
      Timestamp: new Date().toUTCString(),
    };
    if (TERMINAL.has(call.status)) {
      const talkMs = call.answeredAt ? (call.endedAt ?? Date.now()) - call.answeredAt : 0;
      params.CallDuration = String(Math.round((talkMs * this.timeScale) / 1000));
      params.SipResponseCode = String(sipCode ?? 200);
      params.RingDuration = String(Math.round(call.outcome.ringSeconds));
    }
    this.deliver(call, call.statusCallback, params);
  }

  private sendAmd(call: SimCall, verdict: string, detectionMs: number): void {
    if (!call.amdCallback || call.status !== "in-progress") return;
    this.deliver(call, call.amdCallback, {
      AccountSid: this.opts.accountSid,
      CallSid: call.sid,
      AnsweredBy: verdict,
      MachineDetectionDuration: String(detectionMs),
    });
  }

  private deliver(call: SimCall, url: string, params: Record<string, string>): void {
    const plan = callbackPlan(this.rng, this.faults);
    if (plan.deliveries.length === 0) {
      this.counters.callbacksDropped++;
      return;
    }
    const send = () => {
      for (const delay of plan.deliveries) setTimeout(() => void this.post(url, params, 0), delay / this.timeScale);
    };
    const earlier = call.held;
    call.held = undefined;
    if (plan.holdForNext) {
      // Held until the call's next callback has gone, or 2 s at most: a call's last callback has no next.
      call.held = send;
      setTimeout(() => {
        if (call.held !== send) return;
        call.held = undefined;
        send();
      }, REORDER_HOLD_MS / this.timeScale);
    } else send();
    earlier?.();
  }

  private async post(url: string, params: Record<string, string>, attempt: number): Promise<void> {
    const headers = { "x-twilio-signature": twilioSignature(this.opts.authToken, url, params) };
    const status = await (this.opts.post ?? postForm)(url, new URLSearchParams(params), headers).catch(() => 0);
    if (status >= 200 && status < 300) {
      this.counters.callbacksSent++;
      return;
    }
    this.counters.callbacksFailed++;
    if ((status === 0 || status >= 500) && this.faults.retryCallbackOn5xx && attempt < 3)
      setTimeout(() => void this.post(url, params, attempt + 1), (1000 * 2 ** attempt) / this.timeScale);
  }

  private after(call: SimCall, simMs: number, fn: () => void): void {
    call.timers.push(setTimeout(fn, simMs / this.timeScale));
  }

  private clearTimers(call: SimCall): void {
    for (const t of call.timers) clearTimeout(t);
    call.timers = [];
  }
}

async function postForm(url: string, form: URLSearchParams, headers: Record<string, string>): Promise<number> {
  const res = await fetch(url, {
    method: "POST",
    body: form,
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", "user-agent": "TwilioProxy/1.1" },
    signal: AbortSignal.timeout(15_000),
  });
  await res.arrayBuffer();
  return res.status;
}

/** Twilio-shaped ids: a two-letter prefix and 32 hex digits. */
export function newSid(prefix: "CA" | "CF" | "AC"): string {
  return prefix + randomBytes(16).toString("hex");
}

export const isTerminal = (status: CallStatus) => TERMINAL.has(status);
