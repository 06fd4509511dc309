import { describe, expect, it } from "vitest";
import { abandonRate, createPacingStats, liveAnswerRate, recordOutcome, type PacingStats } from "./pacing-stats";

describe("pacing stats", () => {
  const fresh = (): PacingStats => createPacingStats({ ringTimeoutSeconds: 25 });

  it("starts from conservative priors", () => {
    const stats = fresh();
    expect(liveAnswerRate(stats)).toBeCloseTo(0.5);
    expect(Math.exp(stats.talkLog.mean)).toBeGreaterThan(200);
    expect(stats.wrap.mean).toBeGreaterThan(20);
    expect(stats.campaign).toEqual({ liveAnswers: 0, abandons: 0 });
  });

  it("is updated purely", () => {
    const before = fresh();
    const copy = structuredClone(before);
    const after = recordOutcome(before, { type: "dial-resolved", outcome: "live", seconds: 7 });
    expect(before).toEqual(copy);
    expect(after).not.toBe(before);
    expect(after.campaign.liveAnswers).toBe(1);
  });

  it("learns the live-answer rate and answer timing", () => {
    let stats = fresh();
    for (let i = 0; i < 4000; i++) {
      const live = i % 10 < 3;
      stats = recordOutcome(stats, {
        type: "dial-resolved",
        outcome: live ? "live" : "no-answer",
        seconds: live ? 6 + (i % 7) : 25,
      });
    }
    expect(liveAnswerRate(stats)).toBeCloseTo(0.3, 2);
    expect(stats.liveAt.slice(0, 6).reduce((s, w) => s + w, 0)).toBeLessThan(0.5);
  });

  it("follows a drifting answer rate", () => {
    let stats = fresh();
    const feed = (rate: number, dials: number): void => {
      for (let i = 0; i < dials; i++) {
        const live = (i * 0.618034) % 1 < rate;
        stats = recordOutcome(stats, { type: "dial-resolved", outcome: live ? "live" : "busy", seconds: 8 });
      }
    };
    feed(0.4, 6000);
    feed(0.15, 6000);
    expect(liveAnswerRate(stats)).toBeGreaterThan(0.14);
    expect(liveAnswerRate(stats)).toBeLessThan(0.17);
  });

  it("learns talk and wrap-up times", () => {
    let stats = fresh();
    for (let i = 0; i < 1000; i++) {
      stats = recordOutcome(stats, { type: "talk-ended", seconds: i % 2 ? 100 : 400 });
      stats = recordOutcome(stats, { type: "wrap-ended", seconds: 15 });
    }
    expect(Math.exp(stats.talkLog.mean)).toBeCloseTo(200, -1); // geometric mean of 100 and 400
    expect(Math.sqrt(stats.talkLog.variance)).toBeCloseTo(Math.log(2), 1);
    expect(stats.wrap.mean).toBeCloseTo(15, 2);
  });

  it("counts abandons over the campaign and a recent window", () => {
    let stats = fresh();
    for (let i = 0; i < 1000; i++) stats = recordOutcome(stats, { type: "dial-resolved", outcome: "live", seconds: 5 });
    for (let i = 0; i < 30; i++) stats = recordOutcome(stats, { type: "abandoned" });
    expect(abandonRate(stats.campaign)).toBeCloseTo(0.03);
    expect(abandonRate(stats.recent)).toBeGreaterThan(0.15); // the burst dominates the recent window
  });
});
