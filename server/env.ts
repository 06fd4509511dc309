import "server-only";
import { createEnv } from "@t3-oss/env-nextjs";
import { z, type ZodType } from "zod";

// The one place that reads process.env (lint enforces it). The web server (instrumentation.ts) and
// the worker (workflows/worker.ts) parse it once at boot and stop with the whole list of problems;
// env() then returns the parsed values. Modules never parse at import: `next build` loads them
// without a runtime environment.

const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"] as const;
const MB = 1024 * 1024;

/** Each variable's schema, and what to set when it is missing or wrong. */
const variable = <T extends ZodType>(schema: T, help: string) => ({ schema, help });
const VARIABLES = {
  DATABASE_URL: variable(
    z.url(),
    "the owner connection string (migrations, sign-in), e.g. postgresql://postgres:postgres@127.0.0.1:5432/callwright",
  ),
  APP_DATABASE_URL: variable(
    z.url(),
    "the connection string of the callwright_app role (every tenant query, under row-level security)",
  ),
  DATABASE_POOL_SIZE: variable(
    z.coerce.number().int().min(1).max(200).default(20),
    "connections per pool and process, 1-200 (default 20; the web server has two pools); see docs/portal-performance.md",
  ),
  NEXTAUTH_SECRET: variable(
    z.string().min(16),
    "a random secret of at least 16 characters, e.g. `openssl rand -hex 32`",
  ),
  NEXTAUTH_URL: variable(z.url().optional(), "the public URL of the portal, e.g. https://app.example.com"),
  APP_URL: variable(z.url().default("http://localhost:3000"), "the public URL of the portal, used in emails"),
  TEMPORAL_ADDRESS: variable(z.string().min(1).default("127.0.0.1:7233"), "the Temporal frontend, host:port"),
  TEMPORAL_NAMESPACE: variable(z.string().min(1).default("default"), "the Temporal namespace"),
  STRIPE_SECRET_KEY: variable(z.string().min(1), "a Stripe secret key (sk_test_… for stripe-mock or test mode)"),
  STRIPE_API_URL: variable(
    z.url().optional(),
    "stripe-mock's URL (http://127.0.0.1:12111); leave unset for real Stripe",
  ),
  STRIPE_WEBHOOK_SECRET: variable(z.string().min(1).optional(), "the webhook signing secret (whsec_…)"),
  TWILIO_ACCOUNT_SID: variable(
    z
      .string()
      .regex(/^AC[0-9a-f]{32}$/)
      .optional(),
    "the Twilio account sid (AC…); `npm run dev` and the tests set the carrier simulator's",
  ),
  TWILIO_AUTH_TOKEN: variable(z.string().min(16).optional(), "the Twilio auth token (signs and checks webhooks)"),
  TWILIO_API_URL: variable(
    z.url().optional(),
    "the carrier simulator's URL (http://127.0.0.1:4010); leave unset for real Twilio",
  ),
  SMTP_URL: variable(z.url(), "the SMTP server, e.g. smtp://127.0.0.1:1025"),
  EMAIL_FROM: variable(
    z.string().min(3).default("Callwright <no-reply@callwright.local>"),
    'the sender, e.g. "Callwright <no-reply@example.com>"',
  ),
  TRUSTED_PROXY_HOPS: variable(
    z.coerce.number().int().min(0).max(10).default(0),
    "how many reverse proxies in front of the web server append to X-Forwarded-For, 0-10 (default 0: the socket address is the client)",
  ),
  LOG_LEVEL: variable(z.enum(LOG_LEVELS).default("info"), `one of ${LOG_LEVELS.join(", ")}`),
  CONTACT_UPLOAD_MAX_BYTES: variable(
    z.coerce
      .number()
      .int()
      .positive()
      .default(100 * MB),
    "the largest contact file accepted, in bytes (default 104857600, 100 MB)",
  ),
};
type Variables = typeof VARIABLES;
type Name = keyof Variables;
const server = Object.fromEntries(Object.entries(VARIABLES).map(([name, v]) => [name, v.schema])) as {
  [K in Name]: Variables[K]["schema"];
};

export type Env = { [K in Name]: z.output<Variables[K]["schema"]> };

/** The environment is missing or invalid; `problems` has one line per variable, with what to set. */
export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Parses every variable at once; throws an EnvError that lists every problem (never a value). */
export function parseEnv(source: Record<string, string | undefined>): Env {
  return createEnv({
    server,
    // A copy: emptyStringAsUndefined deletes keys, and an empty variable counts as unset.
    // tsc needs the assertion (createEnv wants every key); typescript-eslint's project service sees
    // createEnv's looser overload and calls it unnecessary.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    runtimeEnv: { ...source } as Record<Name, string | undefined>,
    emptyStringAsUndefined: true,
    isServer: true,
    onValidationError: (issues) => {
      const byName = new Map<string, string>();
      for (const issue of issues) {
        const first = issue.path?.[0];
        const name = String(typeof first === "object" ? first.key : first);
        if (byName.has(name)) continue;
        const help = VARIABLES[name as Name]?.help;
        const what = source[name] === undefined || source[name] === "" ? "is missing" : `is invalid (${issue.message})`;
        byName.set(name, `${name} ${what}. Set it to ${help ?? "a valid value"}.`);
      }
      throw new EnvError([...byName.values()]);
    },
  }) as Env;
}

let cached: Env | undefined;

/** The parsed environment (parsed on first use when nothing validated it at boot, as in tests and scripts). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** pino's level, read before anything else can fail: an invalid LOG_LEVEL is reported at boot, not here. */
export function logLevel(): Env["LOG_LEVEL"] {
  return VARIABLES.LOG_LEVEL.schema.catch("info").parse(process.env.LOG_LEVEL || undefined);
}

/**
 * Boot check of the web server and the worker: parses once, and on failure prints every problem, one
 * per line, and exits. `next build` loads the app without a runtime environment, so it is skipped there.
 */
export function validateEnvAtBoot(who: string): void {
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  try {
    env();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    const count = error.problems.length;
    console.error(
      [
        `✖ The ${who} cannot start: ${count} environment variable${count === 1 ? " is" : "s are"} missing or invalid.`,
        ...error.problems.map((p) => `  - ${p}`),
        "Set them and start again (`npm run dev` and `npm test` set all of them for their own stacks).",
      ].join("\n"),
    );
    process.exit(1);
  }
}

/** `next dev` (React's development build), as opposed to `next start` and the worker. */
export function isNextDev(): boolean {
  return process.env.NODE_ENV === "development";
}
