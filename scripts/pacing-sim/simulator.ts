import {
  ABANDON_GRACE_SECONDS,
  createPacingStats,
  decideDials,
  parsePacingSettings,
  recordOutcome,
  type DialOutcome,
  type PacingEvent,
  type PacingStats,
} from "../../workflows/shared/pacing";
import { EventQueue } from "./event-queue";
import { createRandom } from "./random";
import { answerRateAt, BUSY_SECONDS, MACHINE_DETECT_SECONDS, type SimConfig } from "./sim-config";

export interface SimResult {
  dials: number;
  liveAnswers: number;
  connects: number;
  abandons: number;
  /** Share of logged-in agent time spent talking or in wrap-up. */
  occupancy: number;
  /** Abandons ÷ live answers (machines excluded). */
  abandonRate: number;
  maxHourlyAbandonRate: number;
  talkMinutesPerAgentHour: number;
  dialsPerConnect: number;
}

interface Agent {
  state: "idle" | "talking" | "wrap" | "out";
  since: number;
  /** Logs out when the current call and wrap-up are done. */
  leaving: boolean;
  loggedOutAt: number;
}
interface Line {
  dialedAt: number;
  outcome: DialOutcome;
  /** Position in `inFlight`, for O(1) removal. */
  slot: number;
}
interface Caller {
  answeredAt: number;
  waiting: boolean;
}
type SimEvent =
  | { kind: "resolve"; line: Line }
  | { kind: "talk-end"; agent: Agent }
  | { kind: "wrap-end"; agent: Agent }
  | { kind: "grace-end"; caller: Caller }
  | { kind: "leave" };

/**
 * Discrete-event dialer simulation in virtual seconds. Events happen at real-valued times; the
 * pacing engine is consulted once per whole second, after that second's events.
 * The engine only ever sees what a real dialer would: snapshots and resolved outcomes.
 */
export function simulate(config: SimConfig): SimResult {
  const rng = createRandom(config.seed);
  const end = config.hours * 3600;
  const settings = parsePacingSettings({
    mode: config.mode,
    abandonCap: config.abandonCap,
    ringTimeoutSeconds: config.noAnswerTimeoutSeconds,
  });
  let stats: PacingStats = createPacingStats(settings);
  const learn = (e: PacingEvent): void => {
    stats = recordOutcome(stats, e);
  };

  const agents: Agent[] = Array.from({ length: config.agents }, () => ({
    state: "idle",
    since: 0,
    leaving: false,
    loggedOutAt: end,
  }));
  const idle: Agent[] = [...agents];
  const inFlight: Line[] = [];
  const waiting: Caller[] = [];
  const queue = new EventQueue<SimEvent>();
  if (config.leave) queue.push(config.leave.atHour * 3600, { kind: "leave" });

  const hours = Math.ceil(config.hours);
  const hourLive = new Array<number>(hours).fill(0);
  const hourAbandons = new Array<number>(hours).fill(0);
  let dials = 0;
  let connects = 0;
  let abandons = 0;
  let talkTime = 0;
  let wrapTime = 0;

  const connect = (agent: Agent, now: number): void => {
    agent.state = "talking";
    agent.since = now;
    connects++;
    const mu = Math.log(config.talkMeanSeconds) - (config.talkSigma * config.talkSigma) / 2;
    const talk = config.talkSigma === 0 ? config.talkMeanSeconds : Math.exp(mu + config.talkSigma * rng.normal());
    queue.push(now + talk, { kind: "talk-end", agent });
  };
  const logOut = (agent: Agent, now: number): void => {
    agent.state = "out";
    agent.loggedOutAt = now;
  };
  const agentFree = (agent: Agent, now: number): void => {
    if (agent.leaving) return logOut(agent, now);
    let caller = waiting.shift();
    while (caller && !caller.waiting) caller = waiting.shift();
    if (caller) {
      caller.waiting = false;
      return connect(agent, now);
    }
    agent.state = "idle";
    agent.since = now;
    idle.push(agent);
  };
  const removeLine = (line: Line): void => {
    const last = inFlight.pop()!;
    if (last !== line) {
      inFlight[line.slot] = last;
      last.slot = line.slot;
    }
  };

  const handle = (event: SimEvent, now: number): void => {
    switch (event.kind) {
      case "resolve": {
        const line = event.line;
        removeLine(line);
        learn({ type: "dial-resolved", outcome: line.outcome, seconds: now - line.dialedAt });
        if (line.outcome !== "live") return;
        const hour = Math.min(hours - 1, Math.floor(now / 3600));
        hourLive[hour]!++;
        const agent = idle.shift();
        if (agent) return connect(agent, now);
        const caller = { answeredAt: now, waiting: true };
        waiting.push(caller);
        queue.push(now + ABANDON_GRACE_SECONDS, { kind: "grace-end", caller });
        return;
      }
      case "grace-end": {
        if (!event.caller.waiting) return;
        event.caller.waiting = false;
        abandons++;
        hourAbandons[Math.min(hours - 1, Math.floor(event.caller.answeredAt / 3600))]!++;
        learn({ type: "abandoned" });
        return;
      }
      case "talk-end": {
        const agent = event.agent;
        talkTime += now - agent.since;
        learn({ type: "talk-ended", seconds: now - agent.since });
        agent.state = "wrap";
        agent.since = now;
        queue.push(now + config.wrapSeconds, { kind: "wrap-end", agent });
        return;
      }
      case "wrap-end": {
        const agent = event.agent;
        wrapTime += now - agent.since;
        learn({ type: "wrap-ended", seconds: now - agent.since });
        return agentFree(agent, now);
      }
      case "leave": {
        for (const agent of agents.slice(agents.length - (config.leave?.agents ?? 0))) {
          agent.leaving = true;
          const i = idle.indexOf(agent);
          if (i >= 0) {
            idle.splice(i, 1);
            logOut(agent, now);
          }
        }
        return;
      }
    }
  };

  const placeDial = (now: number): void => {
    dials++;
    const live = answerRateAt(config.answerProfile, now / 3600);
    const u = rng.next();
    const ring = rng.uniform(config.ringMinSeconds, config.ringMaxSeconds);
    let outcome: DialOutcome;
    let after: number;
    if (u < live) [outcome, after] = ["live", ring];
    else if (u < live + config.machineRate)
      [outcome, after] = ["machine", ring + rng.uniform(...MACHINE_DETECT_SECONDS)];
    else if (u < live + config.machineRate + config.busyRate) [outcome, after] = ["busy", rng.uniform(...BUSY_SECONDS)];
    else [outcome, after] = ["no-answer", config.noAnswerTimeoutSeconds];
    const line: Line = { dialedAt: now, outcome, slot: inFlight.length };
    inFlight.push(line);
    queue.push(now + after, { kind: "resolve", line });
  };

  const runUntil = (t: number): void => {
    while (queue.peekTime() <= t) {
      const { time, item } = queue.pop()!;
      handle(item, time);
    }
  };

  for (let now = 0; now < end; now++) {
    runUntil(now);
    const talkElapsed: number[] = [];
    const wrapElapsed: number[] = [];
    // Agents about to log out are "not ready" to the dialer: it must not count on them.
    for (const a of agents) {
      if (a.leaving) continue;
      if (a.state === "talking") talkElapsed.push(now - a.since);
      else if (a.state === "wrap") wrapElapsed.push(now - a.since);
    }
    const snapshot = {
      idleAgents: idle.length,
      previewRequests: 0,
      talkElapsed,
      wrapElapsed,
      linesElapsed: inFlight.map((l) => now - l.dialedAt),
      waitingCallers: waiting.reduce((n, c) => n + (c.waiting ? 1 : 0), 0),
    };
    const { dials: n } = decideDials(snapshot, stats, settings);
    for (let i = 0; i < n; i++) placeDial(now);
  }
  runUntil(end);

  // Close the books at the end of the run: count partial calls and wrap-ups.
  let loggedIn = 0;
  for (const a of agents) {
    if (a.state === "talking") talkTime += end - a.since;
    if (a.state === "wrap") wrapTime += end - a.since;
    loggedIn += a.loggedOutAt;
  }
  const liveAnswers = hourLive.reduce((s, x) => s + x, 0);
  const hourlyRates = hourLive.map((n, h) => (n > 0 ? hourAbandons[h]! / n : 0));
  return {
    dials,
    liveAnswers,
    connects,
    abandons,
    occupancy: (talkTime + wrapTime) / loggedIn,
    abandonRate: liveAnswers > 0 ? abandons / liveAnswers : 0,
    maxHourlyAbandonRate: Math.max(0, ...hourlyRates),
    talkMinutesPerAgentHour: talkTime / 60 / (loggedIn / 3600),
    dialsPerConnect: connects > 0 ? dials / connects : 0,
  };
}
