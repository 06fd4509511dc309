import { spawn } from "node:child_process";
import { PROFILES, SERVICE_OVERRIDES, startStack, type RunningStack } from "./lib/stack";
import { root } from "./lib/paths";

// `npm test`: lint → typecheck → unit → stack up → integration → e2e → stack down.
// Fails fast; the stack is always stopped; a duration summary is printed either way.

const profile = PROFILES.test;

// The run is hermetic: the test profile's own embedded Postgres (fresh database), Temporal,
// stripe-mock and SMTP sink. Service overrides from the shell would point tests at shared or real
// services (a real Stripe key, a shared database), so they are ignored here.
const ignored = SERVICE_OVERRIDES.filter((name) => process.env[name] !== undefined);
for (const name of ignored) delete process.env[name];

interface StepResult {
  name: string;
  ms: number;
  status: "passed" | "failed" | "skipped";
}
const results: StepResult[] = [];
const runStart = Date.now();
let stopFailed = false;

const bold = (s: string) => `\x1b[1m${s}\x1b[0m`;
const green = (s: string) => `\x1b[32m${s}\x1b[0m`;
const red = (s: string) => `\x1b[31m${s}\x1b[0m`;
const dim = (s: string) => `\x1b[2m${s}\x1b[0m`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function header(index: number, name: string) {
  console.log(`\n${bold(`━━ [${index}/7] ${name} `.padEnd(78, "━"))}`);
}

class StepFailed extends Error {}

/** Runs one step, records its duration, and turns a failure into StepFailed. */
async function step<T>(index: number, name: string, fn: () => Promise<T>): Promise<T> {
  header(index, name);
  const start = Date.now();
  try {
    const value = await fn();
    results.push({ name, ms: Date.now() - start, status: "passed" });
    console.log(green(`✔ ${name} (${seconds(Date.now() - start)})`));
    return value;
  } catch (error) {
    results.push({ name, ms: Date.now() - start, status: "failed" });
    const err = error as { message?: string; stdout?: Buffer | string; stderr?: Buffer | string };
    const output = [err.stdout, err.stderr]
      .map((o) => o?.toString().trim())
      .filter(Boolean)
      .join("\n");
    if (output) console.error(output.split("\n").slice(-80).join("\n"));
    console.error(red(`✖ ${name} failed: ${err.message ?? String(error)}`));
    throw new StepFailed(name);
  }
}

/** A child process with inherited output; rejects on a non-zero exit. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  console.log(dim(`$ ${command} ${args.join(" ")}`));
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${signal ?? code}`)),
    );
  });
}

const npx = (tool: string, args: string[], env?: NodeJS.ProcessEnv) => run("npx", ["--no-install", tool, ...args], env);

function summary(exitCode: number) {
  const planned = [
    "eslint",
    "tsc --noEmit",
    "unit tests",
    "start stack (test profile)",
    "integration tests",
    "e2e (Playwright)",
    "stop stack",
  ];
  console.log(`\n${bold("Summary")}`);
  for (const name of planned) {
    const r = results.find((x) => x.name === name) ?? { name, ms: 0, status: "skipped" as const };
    const mark = r.status === "passed" ? green("✔") : r.status === "failed" ? red("✖") : dim("–");
    console.log(`  ${mark} ${name.padEnd(30)} ${r.status === "skipped" ? dim("skipped") : seconds(r.ms).padStart(8)}`);
  }
  console.log(`  ${"total".padEnd(32)} ${seconds(Date.now() - runStart).padStart(8)}`);
  console.log(exitCode === 0 ? green(bold("\nAll checks passed.")) : red(bold("\nnpm test failed.")));
}

// `npm test -- --focus <filter>` (local iteration only): skips lint, typecheck, unit tests and
// e2e, and runs only the integration tests whose path matches <filter> (and e2e specs with
// `--focus-e2e <filter>`). CI always runs the full sequence.
const argv = process.argv.slice(2);
const flag = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? (argv[i + 1] ?? "") : undefined;
};
const focus = flag("--focus");
const focusE2e = flag("--focus-e2e");
const focused = focus !== undefined || focusE2e !== undefined;

async function main(): Promise<number> {
  if (ignored.length > 0)
    console.log(dim(`ignoring ${ignored.join(", ")} from the environment: tests use the test profile's own services`));
  let stack: RunningStack | undefined;
  try {
    if (!focused) {
      await step(1, "eslint", () => run("npm", ["run", "--silent", "lint"]));
      await step(2, "tsc --noEmit", () => run("npm", ["run", "--silent", "typecheck"]));
      await step(3, "unit tests", () =>
        npx("vitest", ["run", "--project", "unit"], { ...process.env, NODE_ENV: "test" }),
      );
    }
    stack = await step(4, "start stack (test profile)", () =>
      startStack(profile, (line) => console.log(dim(`  ${line}`)), { fresh: true }),
    );
    const { NODE_ENV: _nodeEnv, ...stackEnv } = stack.env;
    const testEnv = {
      ...process.env,
      ...stackEnv,
      NODE_ENV: "test",
      MAIL_WEB_URL: stack.env.MAIL_WEB_URL,
      BASE_URL: stack.env.APP_URL,
    } as NodeJS.ProcessEnv;
    if (!focused || focus) {
      const filter = focus ? [focus] : [];
      await step(5, "integration tests", () => npx("vitest", ["run", "--project", "integration", ...filter], testEnv));
    }
    if (!focused || focusE2e) {
      const filter = focusE2e ? [focusE2e] : [];
      await step(6, "e2e (Playwright)", () => npx("playwright", ["test", ...filter], testEnv));
    }
    return 0;
  } catch (error) {
    if (!(error instanceof StepFailed))
      console.error(red(`✖ ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
    return 1;
  } finally {
    if (stack) {
      const running = stack;
      await step(7, "stop stack", () => running.group.stopAll()).catch(() => {
        stopFailed = true;
      });
    }
  }
}

const code = (await main()) || (stopFailed ? 1 : 0);
summary(code);
process.exit(code);
