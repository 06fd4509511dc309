import { describe, expect, it } from "vitest";
import { createRandom } from "../pacing-sim/random";
import { DEFAULT_PROFILE, drawOutcome, drawTalk, outcomeProfileSchema, type TalkShape } from "./outcomes";

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe("drawOutcome", () => {
  it("draws results at the profile's rates, the same for the same seed", () => {
    const draw = (seed: number) => {
      const rng = createRandom(seed);
      return Array.from({ length: 20_000 }, () => drawOutcome(rng, DEFAULT_PROFILE, 25));
    };
    const a = draw(7);
    expect(draw(7)).toEqual(a);
    const share = (r: string) => a.filter((o) => o.result === r).length / a.length;
    expect(share("live")).toBeCloseTo(0.3, 1);
    expect(share("no-answer")).toBeCloseTo(0.45, 1);
    for (const o of a) {
      expect(o.ringSeconds).toBeLessThanOrEqual(25);
      if (o.result === "live") expect(o.amdDelayMs).toBeGreaterThanOrEqual(1500);
    }
  });

  it("gets the machine verdict wrong at the profile's error rate", () => {
    const rng = createRandom(3);
    const profile = { ...DEFAULT_PROFILE, live: 1, machine: 0, busy: 0, noAnswer: 0, failed: 0, amdErrorRate: 0.2 };
    const outcomes = Array.from({ length: 10_000 }, () => drawOutcome(rng, profile, 25));
    const wrong = outcomes.filter((o) => "verdict" in o && o.verdict !== "human").length / outcomes.length;
    expect(wrong).toBeCloseTo(0.2, 1);
  });

  it("refuses a profile whose chances do not add up to 1", () => {
    expect(outcomeProfileSchema.safeParse({ ...DEFAULT_PROFILE, live: 0.9 }).success).toBe(false);
    expect(outcomeProfileSchema.safeParse({ ...DEFAULT_PROFILE, ringSeconds: [9, 3] }).success).toBe(false);
  });
});

describe("drawTalk", () => {
  const shapes: TalkShape[] = [
    { shape: "lognormal", meanSeconds: 120, sigma: 0.7 },
    { shape: "gamma", meanSeconds: 120, k: 2.5 },
    { shape: "gamma", meanSeconds: 120, k: 0.6 },
    { shape: "exponential", meanSeconds: 120 },
    {
      shape: "bimodal",
      short: { meanSeconds: 30, sigma: 0.3 },
      long: { meanSeconds: 300, sigma: 0.4 },
      shortShare: 0.6,
    },
  ];
  it.each(shapes)("has the configured mean: $shape", (shape) => {
    const rng = createRandom(11);
    const xs = Array.from({ length: 40_000 }, () => drawTalk(rng, shape));
    const expected = shape.shape === "bimodal" ? 0.6 * 30 + 0.4 * 300 : 120;
    expect(mean(xs) / expected).toBeGreaterThan(0.95);
    expect(mean(xs) / expected).toBeLessThan(1.05);
    expect(Math.min(...xs)).toBeGreaterThan(0);
  });
});
