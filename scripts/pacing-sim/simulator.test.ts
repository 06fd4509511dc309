import { describe, expect, it } from "vitest";
import { SIM_DEFAULTS, simConfigSchema, type SimConfig } from "./sim-config";
import { simulate } from "./simulator";

const config = (c: Partial<SimConfig> = {}): SimConfig => ({
  ...SIM_DEFAULTS,
  agents: 10,
  hours: 1,
  seed: 1,
  mode: "predictive",
  answerProfile: [{ hour: 0, rate: 0.25 }],
  ...c,
});

describe("simulate", () => {
  it("is deterministic for a seed and varies across seeds", () => {
    expect(simulate(config({ seed: 7 }))).toEqual(simulate(config({ seed: 7 })));
    expect(simulate(config({ seed: 7 }))).not.toEqual(simulate(config({ seed: 8 })));
  });

  it("matches a hand-checked progressive run", () => {
    // 1 agent, every dial answered live after exactly 5 s, 60 s talk, 15 s wrap-up: a dial at
    // t = 0, 80, ..., 880 (12 dials in 900 s). The last call is still talking at the end (15 s).
    const r = simulate(
      config({
        agents: 1,
        hours: 0.25,
        mode: "progressive",
        answerProfile: [{ hour: 0, rate: 1 }],
        machineRate: 0,
        busyRate: 0,
        ringMinSeconds: 5,
        ringMaxSeconds: 5,
        talkMeanSeconds: 60,
        talkSigma: 0,
        wrapSeconds: 15,
      }),
    );
    expect(r).toEqual({
      dials: 12,
      liveAnswers: 12,
      connects: 12,
      abandons: 0,
      occupancy: (11 * 75 + 15) / 900,
      abandonRate: 0,
      maxHourlyAbandonRate: 0,
      talkMinutesPerAgentHour: (11 * 60 + 15) / 60 / 0.25,
      dialsPerConnect: 1,
    });
  });

  it("never abandons in progressive mode", () => {
    const r = simulate(config({ mode: "progressive", agents: 20 }));
    expect(r.connects).toBeGreaterThan(0);
    expect(r.abandons).toBe(0);
  });

  it("never connects or abandons answering machines", () => {
    const r = simulate(config({ answerProfile: [{ hour: 0, rate: 0 }], machineRate: 1, busyRate: 0 }));
    expect(r.dials).toBeGreaterThan(0);
    expect(r).toMatchObject({ liveAnswers: 0, connects: 0, abandons: 0, occupancy: 0 });
  });

  it("abandons live answers that find no agent within 2 s", () => {
    // 1 agent, every dial live after 4-5 s, and predictive over-dials early on.
    const r = simulate(
      config({
        agents: 1,
        answerProfile: [{ hour: 0, rate: 0.8 }],
        machineRate: 0,
        busyRate: 0,
        ringMinSeconds: 4,
        ringMaxSeconds: 5,
      }),
    );
    expect(r.liveAnswers).toBe(r.connects + r.abandons);
    expect(r.abandonRate).toBeLessThanOrEqual(0.05);
  });

  it("keeps occupancy over logged-in time when agents leave", () => {
    const all = simulate(config({ agents: 20, hours: 2, mode: "progressive" }));
    const half = simulate(config({ agents: 20, hours: 2, mode: "progressive", leave: { atHour: 1, agents: 10 } }));
    expect(half.connects).toBeLessThan(all.connects * 0.9);
    expect(half.occupancy).toBeGreaterThan(all.occupancy * 0.85);
  });

  it("rejects inconsistent configs", () => {
    expect(simConfigSchema.safeParse(config()).success).toBe(true);
    expect(simConfigSchema.safeParse(config({ ringMinSeconds: 20, ringMaxSeconds: 10 })).success).toBe(false);
    expect(simConfigSchema.safeParse(config({ answerProfile: [{ hour: 0, rate: 0.9 }] })).success).toBe(false);
    expect(simConfigSchema.safeParse(config({ leave: { atHour: 1, agents: 11 } })).success).toBe(false);
  });

  it("simulates 8 h with 100 agents in predictive mode well within a CPU second", () => {
    const start = process.cpuUsage();
    const r = simulate(config({ agents: 100, hours: 8 }));
    const used = process.cpuUsage(start);
    expect(r.connects).toBeGreaterThan(8000);
    expect((used.user + used.system) / 1e6).toBeLessThan(1.5);
  });
});
