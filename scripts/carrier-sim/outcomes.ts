import { z } from "zod";
import type { Random } from "../pacing-sim/random";

// What happens to one placed call, drawn from seeded distributions. A profile applies to a campaign (by
// the caller id it dials from) or to numbers matching a pattern, so one simulator serves many campaigns.

const talkShapeSchema = z.discriminatedUnion("shape", [
  z.object({ shape: z.literal("lognormal"), meanSeconds: z.number().gt(0), sigma: z.number().min(0).max(2) }),
  z.object({ shape: z.literal("gamma"), meanSeconds: z.number().gt(0), k: z.number().gt(0).max(50) }),
  z.object({ shape: z.literal("exponential"), meanSeconds: z.number().gt(0) }),
  z.object({
    shape: z.literal("bimodal"),
    short: z.object({ meanSeconds: z.number().gt(0), sigma: z.number().min(0).max(2) }),
    long: z.object({ meanSeconds: z.number().gt(0), sigma: z.number().min(0).max(2) }),
    shortShare: z.number().min(0).max(1),
  }),
]);
export type TalkShape = z.infer<typeof talkShapeSchema>;

const range = z.tuple([z.number().min(0), z.number().min(0)]).refine(([a, b]) => a <= b, "min must not exceed max");

export const outcomeProfileSchema = z
  .object({
    /** Chances of each result of a dial; they must add up to 1. */
    live: z.number().min(0).max(1),
    machine: z.number().min(0).max(1),
    busy: z.number().min(0).max(1),
    noAnswer: z.number().min(0).max(1),
    failed: z.number().min(0).max(1),
    ringSeconds: range,
    talk: talkShapeSchema,
    /** Answering-machine detection: time after the answer until the verdict, and its error rate. */
    amdDelayMs: range,
    amdErrorRate: z.number().min(0).max(1),
  })
  .refine((p) => Math.abs(p.live + p.machine + p.busy + p.noAnswer + p.failed - 1) < 1e-9, {
    message: "live + machine + busy + noAnswer + failed must add up to 1",
  });
export type OutcomeProfile = z.infer<typeof outcomeProfileSchema>;

export const DEFAULT_PROFILE: OutcomeProfile = {
  live: 0.3,
  machine: 0.15,
  busy: 0.05,
  noAnswer: 0.45,
  failed: 0.05,
  ringSeconds: [4, 18],
  talk: { shape: "lognormal", meanSeconds: 150, sigma: 0.6 },
  amdDelayMs: [1500, 3500],
  amdErrorRate: 0.02,
};

export type DrawnOutcome =
  | { result: "live" | "machine"; ringSeconds: number; talkSeconds: number; amdDelayMs: number; verdict: Verdict }
  | { result: "busy" | "no-answer" | "failed"; ringSeconds: number; sipCode: number };
type Verdict = "human" | "machine_end_beep" | "fax" | "unknown";

/** Draws one call's fate. `ringTimeoutSeconds` is the caller's Timeout: a longer ring is a no-answer. */
export function drawOutcome(rng: Random, p: OutcomeProfile, ringTimeoutSeconds: number): DrawnOutcome {
  const ringSeconds = Math.min(rng.uniform(p.ringSeconds[0], p.ringSeconds[1]), ringTimeoutSeconds);
  const u = rng.next();
  let edge = p.live;
  if (u < edge) return answered("live");
  if (u < (edge += p.machine)) return answered("machine");
  if (u < (edge += p.busy)) return { result: "busy", ringSeconds: Math.min(ringSeconds, 3), sipCode: 486 };
  if (u < (edge += p.noAnswer)) return { result: "no-answer", ringSeconds: ringTimeoutSeconds, sipCode: 480 };
  return { result: "failed", ringSeconds: 0, sipCode: 503 };

  function answered(result: "live" | "machine"): DrawnOutcome {
    const wrong = rng.next() < p.amdErrorRate;
    const truth = result === "live" ? "human" : "machine_end_beep";
    const verdict: Verdict = wrong ? (result === "live" ? "machine_end_beep" : "human") : truth;
    return {
      result,
      ringSeconds,
      // A machine's greeting and beep, or a person's conversation.
      talkSeconds: result === "live" ? Math.max(1, Math.round(drawTalk(rng, p.talk))) : Math.round(rng.uniform(15, 40)),
      amdDelayMs: Math.round(rng.uniform(p.amdDelayMs[0], p.amdDelayMs[1])),
      verdict,
    };
  }
}

export function drawTalk(rng: Random, talk: TalkShape): number {
  switch (talk.shape) {
    case "lognormal":
      return lognormal(rng, talk.meanSeconds, talk.sigma);
    case "exponential":
      return -talk.meanSeconds * Math.log(1 - rng.next());
    case "gamma":
      return gamma(rng, talk.k) * (talk.meanSeconds / talk.k);
    case "bimodal": {
      const mode = rng.next() < talk.shortShare ? talk.short : talk.long;
      return lognormal(rng, mode.meanSeconds, mode.sigma);
    }
  }
}

/** Lognormal with the given mean (not median): mu = ln(mean) - sigma²/2. */
function lognormal(rng: Random, mean: number, sigma: number): number {
  return Math.exp(Math.log(mean) - (sigma * sigma) / 2 + sigma * rng.normal());
}

/** Gamma(k, 1) by Marsaglia and Tsang; k < 1 through the boost Gamma(k+1)·U^(1/k). */
function gamma(rng: Random, k: number): number {
  if (k < 1) return gamma(rng, k + 1) * Math.pow(1 - rng.next(), 1 / k);
  const d = k - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = rng.normal();
    const v = Math.pow(1 + c * x, 3);
    if (v <= 0) continue;
    const u = 1 - rng.next();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}
