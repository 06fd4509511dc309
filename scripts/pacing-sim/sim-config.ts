import { z } from "zod";

export const SIM_MODES = ["progressive", "predictive"] as const;
export type SimMode = (typeof SIM_MODES)[number];

/** A point of the answer-rate profile; the rate is interpolated linearly between points. */
const answerPointSchema = z.object({ hour: z.number().min(0), rate: z.number().min(0).max(1) });

const scenarioShape = {
  agents: z.number().int().min(1).max(5000),
  hours: z.number().gt(0).max(24),
  answerProfile: z.array(answerPointSchema).min(1),
  machineRate: z.number().min(0).max(1),
  busyRate: z.number().min(0).max(1),
  talkMeanSeconds: z.number().gt(0).max(7200),
  /** Sigma of ln(talk time); 0 makes every call last exactly the mean. */
  talkSigma: z.number().min(0).max(2),
  wrapSeconds: z.number().min(0).max(600),
  ringMinSeconds: z.number().min(0).max(120),
  ringMaxSeconds: z.number().min(0).max(120),
  noAnswerTimeoutSeconds: z.number().min(5).max(120),
  abandonCap: z.number().gt(0).max(0.2),
  /** `agents` of the agents log out at `atHour` (after finishing any call and its wrap-up). */
  leave: z.object({ atHour: z.number().min(0), agents: z.number().int().min(0) }).optional(),
};

function checkScenario(c: z.infer<z.ZodObject<typeof scenarioShape>>, ctx: z.RefinementCtx): void {
  const issue = (message: string): void => ctx.addIssue({ code: "custom", message });
  if (c.ringMinSeconds > c.ringMaxSeconds) issue("ring-min must not exceed ring-max");
  if (c.ringMaxSeconds > c.noAnswerTimeoutSeconds) issue("ring-max must not exceed the no-answer timeout");
  if (c.answerProfile.some((p, i) => i > 0 && p.hour < c.answerProfile[i - 1]!.hour)) {
    issue("answer profile hours must be ascending");
  }
  if (c.answerProfile.some((p) => p.rate + c.machineRate + c.busyRate > 1)) {
    issue("answer rate + machine rate + busy rate must not exceed 1");
  }
  if (c.leave && c.leave.agents > c.agents) issue("more agents leave than are logged in");
}

/** A campaign shape, independent of pacing mode and seed. */
export const scenarioConfigSchema = z.object(scenarioShape).superRefine(checkScenario);
export type ScenarioConfig = z.infer<typeof scenarioConfigSchema>;

export const seedSchema = z.number().int().min(0).max(0xffffffff);
export const simConfigSchema = z
  .object({ ...scenarioShape, mode: z.enum(SIM_MODES), seed: seedSchema })
  .superRefine(checkScenario);
export type SimConfig = z.infer<typeof simConfigSchema>;

/** Defaults shared by the benchmark and its help text. */
export const SIM_DEFAULTS = {
  hours: 8,
  machineRate: 0.15,
  busyRate: 0.05,
  talkMeanSeconds: 150,
  talkSigma: 0.6,
  wrapSeconds: 15,
  ringMinSeconds: 4,
  ringMaxSeconds: 18,
  noAnswerTimeoutSeconds: 25,
  abandonCap: 0.03,
} as const;

// Carrier timings that are not worth a flag.
/** A busy signal comes back 1-3 s after dialling. */
export const BUSY_SECONDS = [1, 3] as const;
/** Answering-machine detection needs 3-4 s after the answer; then the line is dropped. */
export const MACHINE_DETECT_SECONDS = [3, 4] as const;

export function answerRateAt(profile: SimConfig["answerProfile"], hour: number): number {
  const first = profile[0]!;
  if (hour <= first.hour) return first.rate;
  for (let i = 1; i < profile.length; i++) {
    const a = profile[i - 1]!;
    const b = profile[i]!;
    if (hour <= b.hour)
      return b.hour === a.hour ? b.rate : a.rate + ((b.rate - a.rate) * (hour - a.hour)) / (b.hour - a.hour);
  }
  return profile[profile.length - 1]!.rate;
}
