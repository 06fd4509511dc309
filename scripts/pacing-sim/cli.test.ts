import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseBenchArgs, UsageError } from "./cli";

describe("parseBenchArgs", () => {
  it("runs the full bench set without scenario flags", () => {
    const { runs, json } = parseBenchArgs(["--json"]);
    expect(json).toBe(true);
    expect(runs).toHaveLength(84);
    expect(new Set(runs.map((r) => r.scenario.name)).size).toBe(14);
  });

  it("builds one scenario from flags, both modes and three seeds by default", () => {
    const { runs } = parseBenchArgs(["--agents", "12", "--answer-rate", "0.3", "--ring-min", "2", "--ring-max", "9"]);
    expect(runs.map((r) => `${r.mode}:${r.seed}`)).toEqual([
      "progressive:1",
      "progressive:2",
      "progressive:3",
      "predictive:1",
      "predictive:2",
      "predictive:3",
    ]);
    expect(runs[0]!.scenario.config).toMatchObject({
      agents: 12,
      answerProfile: [{ hour: 0, rate: 0.3 }],
      ringMinSeconds: 2,
      ringMaxSeconds: 9,
    });
    expect(parseBenchArgs(["--mode", "predictive", "--seed", "9"]).runs.map((r) => [r.mode, r.seed])).toEqual([
      ["predictive", 9],
    ]);
  });

  it.each([
    [["--bogus", "1"], /Unknown option '--bogus'/],
    [["--agents", "ten"], /--agents must be a number/],
    [["--answer-rate", "1.2"], /--answer-rate/],
    [["--ring-min", "20", "--ring-max", "10"], /ring-min must not exceed ring-max/],
    [["--mode", "turbo"], /--mode must be one of progressive, predictive/],
    [["--agents", "2.5"], /--agents/],
    [["--seed", "1.5"], /--seed must be an integer/],
    [["--hours", "0"], /--hours/],
    [["stray"], /positional/],
  ])("rejects %j", (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(UsageError);
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });
});

describe("bench-pacing script", () => {
  const script = path.resolve(import.meta.dirname, "../bench-pacing.ts");
  const node = (args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", script, ...args], { encoding: "utf8" });

  it("prints exactly one JSON object with --json", () => {
    const r = node(["--json", "--agents", "4", "--hours", "0.2", "--seed", "1"]);
    expect(r.status).toBe(0);
    const parsed = JSON.parse(r.stdout) as { scenarios: Record<string, unknown>[] };
    expect(parsed.scenarios).toHaveLength(2);
    expect(Object.keys(parsed.scenarios[0]!).sort()).toEqual(
      [
        "abandonRate",
        "agents",
        "answerRate",
        "dialsPerConnect",
        "maxHourlyAbandonRate",
        "mode",
        "name",
        "occupancy",
        "seed",
        "talkMinutesPerAgentHour",
      ].sort(),
    );
  });

  it("exits 2 with a message on stderr for bad flags", () => {
    const r = node(["--answer-rate", "abc"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/--answer-rate must be a number/);
  });
});
