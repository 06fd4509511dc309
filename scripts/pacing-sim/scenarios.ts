import { SIM_DEFAULTS, type ScenarioConfig } from "./sim-config";

export const BENCH_SEEDS: readonly number[] = [1, 2, 3];

/** A named campaign shape; the benchmark runs each in every mode and seed. */
export interface Scenario {
  name: string;
  /** Mean live-answer rate over the run (for a drifting profile, the time average). */
  answerRate: number;
  config: ScenarioConfig;
}

const BASE = {
  hours: SIM_DEFAULTS.hours,
  machineRate: SIM_DEFAULTS.machineRate,
  busyRate: SIM_DEFAULTS.busyRate,
  talkMeanSeconds: SIM_DEFAULTS.talkMeanSeconds,
  talkSigma: SIM_DEFAULTS.talkSigma,
  wrapSeconds: SIM_DEFAULTS.wrapSeconds,
  ringMinSeconds: SIM_DEFAULTS.ringMinSeconds,
  ringMaxSeconds: SIM_DEFAULTS.ringMaxSeconds,
  noAnswerTimeoutSeconds: SIM_DEFAULTS.noAnswerTimeoutSeconds,
  abandonCap: SIM_DEFAULTS.abandonCap,
};

export function benchScenarios(): Scenario[] {
  const grid = [10, 25, 50, 100].flatMap((agents) =>
    [0.15, 0.25, 0.4].map((rate) => ({
      name: `a${agents}-r${rate}`,
      answerRate: rate,
      config: { ...BASE, agents, answerProfile: [{ hour: 0, rate }] },
    })),
  );
  return [
    ...grid,
    {
      name: "drift-0.35-to-0.15",
      answerRate: 0.25,
      config: {
        ...BASE,
        agents: 50,
        answerProfile: [
          { hour: 0, rate: 0.35 },
          { hour: BASE.hours, rate: 0.15 },
        ],
      },
    },
    {
      name: "half-leave-at-h4",
      answerRate: 0.25,
      config: { ...BASE, agents: 50, answerProfile: [{ hour: 0, rate: 0.25 }], leave: { atHour: 4, agents: 25 } },
    },
  ];
}
