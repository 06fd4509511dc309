import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { toolsBin } from "./paths";

// Pinned builds. Temporal CLI v1.5.1 is the newest tag whose go.mod has no `replace` line,
// so `go install pkg@version` accepts it (see README, "Tools").
const PINNED = {
  temporal: { envVar: "TEMPORAL_CLI", module: "github.com/temporalio/cli/cmd/temporal@v1.5.1" },
  "stripe-mock": { envVar: "STRIPE_MOCK_BIN", module: "github.com/stripe/stripe-mock@v0.203.0" },
} as const;

export type ToolName = keyof typeof PINNED;

function onPath(name: string): string | undefined {
  const found = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
  const resolved = found.stdout.trim();
  return found.status === 0 && resolved ? resolved : undefined;
}

/** Finds a tool: env var, then PATH, then .tools/bin, then a pinned `go install` into .tools/bin. */
export function resolveTool(name: ToolName, log: (line: string) => void = console.log): string {
  const spec = PINNED[name];
  const fromEnv = process.env[spec.envVar];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${spec.envVar}=${fromEnv} does not exist`);
    return fromEnv;
  }
  const local = path.join(toolsBin, name);
  const found = onPath(name) ?? (existsSync(local) ? local : undefined);
  if (found) return found;
  if (!onPath("go")) {
    throw new Error(`${name} not found (set ${spec.envVar}, put it on PATH, or install Go so it can be built)`);
  }
  log(`building ${name} from ${spec.module} (first time only; a few minutes)…`);
  mkdirSync(toolsBin, { recursive: true });
  execFileSync("go", ["install", spec.module], { stdio: "inherit", env: { ...process.env, GOBIN: toolsBin } });
  return local;
}
