import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  createPacingStats,
  decideDials,
  parsePacingSettings,
  recordOutcome,
  type PacingEvent,
  type PacingMode,
  type PacingSettings,
  type PacingSnapshot,
  type PacingStats,
} from "./index";

const settings = (mode: PacingMode, extra: Partial<PacingSettings> = {}): PacingSettings =>
  parsePacingSettings({ mode, ...extra });

const snapshot = (s: Partial<PacingSnapshot> = {}): PacingSnapshot => ({
  idleAgents: 0,
  previewRequests: 0,
  talkElapsed: [],
  wrapElapsed: [],
  linesElapsed: [],
  waitingCallers: 0,
  ...s,
});

/**
 * Stats after a campaign like the bench's: 25% live answers at 4-18 s, 150 s talks, 15 s wrap-up,
 * and a 2% abandon rate spread evenly over the answers.
 */
function learnedStats(answers = 2000): PacingStats {
  let stats = createPacingStats({ ringTimeoutSeconds: 25 });
  for (let i = 0; i < answers * 4; i++) {
    const u = (i * 0.618034) % 1; // low-discrepancy stand-in for a random stream
    if (i % 4 === 0) {
      stats = record(stats, { type: "dial-resolved", outcome: "live", seconds: 4 + 14 * u });
      if (i % 200 === 0) stats = record(stats, { type: "abandoned" });
      else
        stats = record(
          stats,
          { type: "talk-ended", seconds: 150 * Math.exp(0.6 * (u - 0.5) * 2) },
          { type: "wrap-ended", seconds: 15 },
        );
    } else {
      const machine = i % 4 === 1;
      stats = record(stats, {
        type: "dial-resolved",
        outcome: machine ? "machine" : "no-answer",
        seconds: machine ? 15 : 25,
      });
    }
  }
  return stats;
}

function record(stats: PacingStats, ...events: PacingEvent[]): PacingStats {
  return events.reduce(recordOutcome, stats);
}

/** A busy floor of `agents`: most talking at spread-out elapsed times, a few wrapping, some idle. */
function floor(agents: number, lines = 0): PacingSnapshot {
  const wrapping = Math.round(agents * 0.1);
  const idle = Math.round(agents * 0.05);
  const talking = agents - wrapping - idle;
  return snapshot({
    idleAgents: idle,
    talkElapsed: Array.from({ length: talking }, (_, i) => (i * 211) % 400),
    wrapElapsed: Array.from({ length: wrapping }, (_, i) => (i * 7) % 15),
    linesElapsed: Array.from({ length: lines }, (_, i) => i % 20),
  });
}

describe("parsePacingSettings", () => {
  it("applies defaults and rejects bad values", () => {
    expect(parsePacingSettings({ mode: "predictive" })).toEqual({
      mode: "predictive",
      abandonCap: 0.03,
      maxLinesPerIdleAgent: 10,
      ringTimeoutSeconds: 25,
    });
    expect(() => parsePacingSettings({ mode: "turbo" })).toThrow();
    expect(() => parsePacingSettings({ mode: "predictive", abandonCap: 1.5 })).toThrow();
    expect(() => parsePacingSettings({ mode: "predictive", maxLinesPerIdleAgent: 0 })).toThrow();
  });
});

describe("decideDials", () => {
  const stats = learnedStats();

  it("never dials with no agents logged in", () => {
    for (const mode of ["preview", "progressive", "predictive"] as const) {
      const d = decideDials(snapshot({ previewRequests: 3, linesElapsed: [1, 2] }), stats, settings(mode));
      expect(d).toEqual({ dials: 0, reason: "no agents logged in" });
    }
  });

  it("progressive dials idle agents minus lines in flight, never negative", () => {
    const s = settings("progressive");
    expect(decideDials(snapshot({ idleAgents: 5 }), stats, s).dials).toBe(5);
    expect(decideDials(snapshot({ idleAgents: 5, linesElapsed: [1, 3] }), stats, s).dials).toBe(3);
    expect(decideDials(snapshot({ idleAgents: 2, linesElapsed: [1, 3, 4, 9] }), stats, s).dials).toBe(0);
    expect(decideDials(snapshot({ idleAgents: 1, waitingCallers: 1 }), stats, s).dials).toBe(0);
    expect(decideDials(snapshot({ talkElapsed: [10, 20], wrapElapsed: [5] }), stats, s).dials).toBe(0);
  });

  it("preview dials only on an agent's request", () => {
    const s = settings("preview");
    expect(decideDials(snapshot({ idleAgents: 4 }), stats, s).dials).toBe(0);
    expect(decideDials(snapshot({ idleAgents: 4, previewRequests: 2 }), stats, s).dials).toBe(2);
    expect(decideDials(snapshot({ idleAgents: 1, previewRequests: 3 }), stats, s).dials).toBe(1);
  });

  it("predictive never exceeds the line ratio and never dials less than progressive", () => {
    for (const ratio of [1, 2, 3, 6]) {
      const s = settings("predictive", { maxLinesPerIdleAgent: ratio });
      for (const agents of [1, 3, 10, 40, 100]) {
        for (const lines of [0, 2, 10, 40]) {
          const snap = floor(agents, lines);
          const { dials } = decideDials(snap, stats, s);
          const ready = snap.idleAgents + snap.wrapElapsed.length;
          expect(dials).toBeGreaterThanOrEqual(Math.max(0, snap.idleAgents - lines));
          if (dials > Math.max(0, snap.idleAgents - lines)) expect(lines + dials).toBeLessThanOrEqual(ratio * ready);
        }
      }
    }
  });

  it("predictive over-dials when agents are about to free up", () => {
    const snap = snapshot({ idleAgents: 2, wrapElapsed: [12, 13, 14], talkElapsed: Array(20).fill(100) });
    const { dials, reason } = decideDials(snap, stats, settings("predictive"));
    expect(dials).toBeGreaterThan(2);
    expect(reason).toMatch(/^predictive:/);
  });

  it("backs off after a burst of abandons", () => {
    const snap = floor(50, 10);
    const calm = decideDials(snap, stats, settings("predictive")).dials;
    const burst = Array.from({ length: 4 }, (): PacingEvent => ({ type: "abandoned" }));
    const afterBurst = decideDials(snap, record(stats, ...burst), settings("predictive")).dials;
    expect(calm).toBeGreaterThan(Math.max(0, snap.idleAgents - 10));
    expect(afterBurst).toBeLessThan(calm);
  });

  it("falls back to progressive once the campaign abandon budget is spent", () => {
    const snap = snapshot({ idleAgents: 3, wrapElapsed: [10, 12, 14], linesElapsed: [1] });
    const spent = record(stats, ...Array.from({ length: 20 }, (): PacingEvent => ({ type: "abandoned" })));
    const d = decideDials(snap, spent, settings("predictive"));
    expect(d.dials).toBe(2);
    expect(d.reason).toMatch(/budget/);
  });

  it("dials fewer when agents leave", () => {
    const s = settings("predictive");
    expect(decideDials(floor(25, 6), stats, s).dials).toBeLessThan(decideDials(floor(50, 6), stats, s).dials);
  });

  it("is deterministic and does not mutate its inputs", () => {
    const snap = Object.freeze(floor(30, 8));
    const frozen = structuredClone(stats);
    const a = decideDials(snap, stats, settings("predictive"));
    const b = decideDials(snap, stats, settings("predictive"));
    expect(a).toEqual(b);
    expect(stats).toEqual(frozen);
  });

  it("starts conservatively from priors", () => {
    const fresh = createPacingStats({ ringTimeoutSeconds: 25 });
    const { dials } = decideDials(snapshot({ idleAgents: 10 }), fresh, settings("predictive"));
    expect(dials).toBeGreaterThanOrEqual(10);
    expect(dials).toBeLessThanOrEqual(20);
  });
});

describe("engine module", () => {
  it("has no I/O, Node built-ins, clocks or randomness (safe in a Temporal workflow)", () => {
    const dir = import.meta.dirname;
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
      const source = readFileSync(path.join(dir, file), "utf8");
      expect(source, file).not.toMatch(/from "node:|require\(|Date\.now|new Date|Math\.random|performance\.|process\./);
    }
  });
});
