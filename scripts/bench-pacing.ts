/**
 * Dialer pacing benchmark (`npm run bench:pacing`): runs the simulated scenario set, or one
 * scenario given by flags, through the pacing engine. Prints a markdown table, or with --json
 * exactly one JSON object on stdout. See --help.
 */
import { HELP, parseBenchArgs, UsageError, type BenchCli, type BenchRun } from "./pacing-sim/cli";
import type { SimMode } from "./pacing-sim/sim-config";
import { simulate } from "./pacing-sim/simulator";

interface BenchEntry {
  name: string;
  agents: number;
  answerRate: number;
  mode: SimMode;
  seed: number;
  occupancy: number;
  abandonRate: number;
  maxHourlyAbandonRate: number;
  talkMinutesPerAgentHour: number;
  dialsPerConnect: number;
}

function run({ scenario, mode, seed }: BenchRun): BenchEntry {
  const r = simulate({ ...scenario.config, mode, seed });
  const round = (x: number): number => Math.round(x * 1e4) / 1e4;
  return {
    name: scenario.name,
    agents: scenario.config.agents,
    answerRate: scenario.answerRate,
    mode,
    seed,
    occupancy: round(r.occupancy),
    abandonRate: round(r.abandonRate),
    maxHourlyAbandonRate: round(r.maxHourlyAbandonRate),
    talkMinutesPerAgentHour: round(r.talkMinutesPerAgentHour),
    dialsPerConnect: round(r.dialsPerConnect),
  };
}

/** One row per scenario and mode, aggregated over seeds. */
function table(entries: BenchEntry[]): string {
  const groups = new Map<string, BenchEntry[]>();
  for (const e of entries) {
    const key = `${e.name}|${e.mode}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const pct = (x: number, digits: number): string => `${(x * 100).toFixed(digits)}%`;
  const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
  const rows = [
    "| name | agents | answerRate | mode | seeds | occupancy (mean) | abandonRate (worst) | maxHourlyAbandonRate (worst) | talkMinutesPerAgentHour (mean) | dialsPerConnect (mean) |",
    "|---|---:|---:|---|---:|---:|---:|---:|---:|---:|",
  ];
  for (const g of groups.values()) {
    const { name, agents, answerRate, mode } = g[0]!;
    rows.push(
      `| ${name} | ${agents} | ${answerRate} | ${mode} | ${g.length} | ${pct(mean(g.map((e) => e.occupancy)), 1)} | ` +
        `${pct(Math.max(...g.map((e) => e.abandonRate)), 2)} | ${pct(Math.max(...g.map((e) => e.maxHourlyAbandonRate)), 2)} | ` +
        `${mean(g.map((e) => e.talkMinutesPerAgentHour)).toFixed(1)} | ${mean(g.map((e) => e.dialsPerConnect)).toFixed(2)} |`,
    );
  }
  return rows.join("\n");
}

function main(): number {
  let cli: BenchCli;
  try {
    cli = parseBenchArgs(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`bench-pacing: ${err.message}\nRun with --help for usage.\n`);
    return 2;
  }
  if (cli.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const started = performance.now();
  const entries = cli.runs.map(run);
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(cli.json ? `${JSON.stringify({ scenarios: entries })}\n` : `${table(entries)}\n`);
  process.stderr.write(`bench-pacing: ${entries.length} simulation(s) in ${seconds.toFixed(1)} s\n`);
  return 0;
}

process.exitCode = main();
