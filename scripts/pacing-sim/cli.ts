import { parseArgs } from "node:util";
import type { z } from "zod";
import { BENCH_SEEDS, benchScenarios, type Scenario } from "./scenarios";
import { scenarioConfigSchema, SIM_DEFAULTS, SIM_MODES, seedSchema, type SimMode } from "./sim-config";

const D = SIM_DEFAULTS;
/** Defaults for a single scenario run from flags (the bench set fixes these per scenario). */
const SINGLE = { agents: 50, answerRate: 0.25 };

export const HELP = `Usage: tsx scripts/bench-pacing.ts [--json] [scenario flags]

Without scenario flags, runs the benchmark set: {10,25,50,100} agents x live-answer rate
{0.15,0.25,0.4}, plus "drift-0.35-to-0.15" (50 agents, rate falling linearly over the day) and
"half-leave-at-h4" (25 of 50 agents log out at hour 4), each in progressive and predictive mode
with seeds ${BENCH_SEEDS.join(",")}. All runs use the defaults below.

With any scenario flag, runs that one scenario, in both modes unless --mode and with seeds
${BENCH_SEEDS.join(",")} unless --seed:
  --agents N               agents logged in (default ${SINGLE.agents})
  --answer-rate P          live-answer probability per dial (default ${SINGLE.answerRate})
  --machine-rate P         answering-machine probability (default ${D.machineRate})
  --busy-rate P            busy-signal probability (default ${D.busyRate}); other dials ring out
  --talk-mean S            mean talk seconds; lognormal, sigma of ln ${D.talkSigma} (default ${D.talkMeanSeconds})
  --wrap S                 fixed wrap-up seconds (default ${D.wrapSeconds})
  --ring-min S             shortest ring before an answer (default ${D.ringMinSeconds})
  --ring-max S             longest ring before an answer (default ${D.ringMaxSeconds}); uniform in between
  --no-answer-timeout S    unanswered lines are dropped after S seconds (default ${D.noAnswerTimeoutSeconds})
  --hours H                simulated hours (default ${D.hours})
  --seed N                 PRNG seed
  --mode M                 ${SIM_MODES.join(" | ")}
  --abandon-cap P          campaign abandon cap (default ${D.abandonCap})

Fixed carrier behaviour: busy signals come back after 1-3 s; answering machines are detected
3-4 s after the answer and dropped (never abandons, never take an agent); a live answer not
connected to an agent within 2 s is abandoned.

Output: a markdown table aggregated over seeds (mean occupancy, worst abandon rates), or with
--json exactly one JSON object {"scenarios":[...]} with one entry per run.`;

/** Numeric flags and the scenario field each one sets. */
const NUMBER_FLAGS = {
  agents: "agents",
  "answer-rate": "answerProfile",
  "machine-rate": "machineRate",
  "busy-rate": "busyRate",
  "talk-mean": "talkMeanSeconds",
  wrap: "wrapSeconds",
  "ring-min": "ringMinSeconds",
  "ring-max": "ringMaxSeconds",
  "no-answer-timeout": "noAnswerTimeoutSeconds",
  hours: "hours",
  seed: "seed",
  "abandon-cap": "abandonCap",
} as const;
type NumberFlag = keyof typeof NUMBER_FLAGS;

/** Bad command line: reported on stderr with exit code 2. */
export class UsageError extends Error {}

export interface BenchRun {
  scenario: Scenario;
  mode: SimMode;
  seed: number;
}

export interface BenchCli {
  json: boolean;
  help: boolean;
  runs: BenchRun[];
}

/** Parses bench flags; throws UsageError with a message fit for the user. */
export function parseBenchArgs(argv: string[]): BenchCli {
  const stringFlags = Object.fromEntries(Object.keys(NUMBER_FLAGS).map((k) => [k, { type: "string" as const }]));
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        ...stringFlags,
        mode: { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const json = values.json === true;
  if (values.help === true) return { json, help: true, runs: [] };

  const n: Partial<Record<NumberFlag, number>> = {};
  for (const flag of Object.keys(NUMBER_FLAGS) as NumberFlag[]) {
    const raw = values[flag];
    if (typeof raw !== "string") continue;
    const value = Number(raw);
    if (raw.trim() === "" || !Number.isFinite(value)) throw new UsageError(`--${flag} must be a number, got "${raw}"`);
    n[flag] = value;
  }
  const mode = values.mode;
  if (mode !== undefined && !SIM_MODES.includes(mode as SimMode)) {
    throw new UsageError(`--mode must be one of ${SIM_MODES.join(", ")}, got "${String(mode)}"`);
  }
  const modes: readonly SimMode[] = mode === undefined ? SIM_MODES : [mode as SimMode];

  if (Object.keys(n).length === 0 && mode === undefined) {
    const runs = benchScenarios().flatMap((scenario) =>
      SIM_MODES.flatMap((m) => BENCH_SEEDS.map((seed) => ({ scenario, mode: m, seed }))),
    );
    return { json, help: false, runs };
  }

  if (n.seed !== undefined && !seedSchema.safeParse(n.seed).success) {
    throw new UsageError(`--seed must be an integer from 0 to ${0xffffffff}, got ${n.seed}`);
  }
  const answerRate = n["answer-rate"] ?? SINGLE.answerRate;
  const parsed = scenarioConfigSchema.safeParse({
    agents: n.agents ?? SINGLE.agents,
    hours: n.hours ?? D.hours,
    answerProfile: [{ hour: 0, rate: answerRate }],
    machineRate: n["machine-rate"] ?? D.machineRate,
    busyRate: n["busy-rate"] ?? D.busyRate,
    talkMeanSeconds: n["talk-mean"] ?? D.talkMeanSeconds,
    talkSigma: D.talkSigma,
    wrapSeconds: n.wrap ?? D.wrapSeconds,
    ringMinSeconds: n["ring-min"] ?? D.ringMinSeconds,
    ringMaxSeconds: n["ring-max"] ?? D.ringMaxSeconds,
    noAnswerTimeoutSeconds: n["no-answer-timeout"] ?? D.noAnswerTimeoutSeconds,
    abandonCap: n["abandon-cap"] ?? D.abandonCap,
  });
  if (!parsed.success) throw new UsageError(describeIssues(parsed.error));
  const scenario: Scenario = { name: "custom", answerRate, config: parsed.data };
  const seeds = n.seed === undefined ? BENCH_SEEDS : [n.seed];
  return { json, help: false, runs: modes.flatMap((m) => seeds.map((seed) => ({ scenario, mode: m, seed }))) };
}

/** Zod issues phrased in terms of the flags the user typed. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const flag = Object.entries(NUMBER_FLAGS).find(([, field]) => field === issue.path[0])?.[0];
      return flag ? `--${flag}: ${issue.message}` : issue.message;
    })
    .join("\n");
}
