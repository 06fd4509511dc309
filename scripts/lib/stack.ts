import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { ensureDatabase } from "./postgres";
import { dataDir, root } from "./paths";
import { isPortOpen, ProcessGroup, waitForHttp, waitForPort } from "./processes";
import { resolveTool } from "./tools";

export interface StackProfile {
  name: "dev" | "test" | "bench";
  postgresPort: number;
  database: string;
  temporalPort: number;
  temporalUiPort: number;
  stripeMockPort: number;
  smtpPort: number;
  mailWebPort: number;
  /** The carrier simulator (scripts/carrier-sim), Twilio's REST API for the telephony adapter. */
  carrierPort: number;
  webPort: number;
  /** dev runs Next in development mode; tests build once and run the production server (both behind scripts/web-server.ts). */
  web: "dev" | "start";
  /**
   * Proxies trusted to append to X-Forwarded-For. Tests and the benchmark act as that one proxy, so a
   * test or a simulated user can present its own client address (decision 50); dev trusts none.
   */
  trustedProxyHops: number;
  quiet: boolean;
}

// CALLWRIGHT_PORT_OFFSET shifts every port of a profile, so two checkouts can run their stacks side by side.
const portOffset = Number(process.env.CALLWRIGHT_PORT_OFFSET ?? 0);
const shifted = (profile: StackProfile): StackProfile => ({
  ...profile,
  postgresPort: profile.postgresPort + portOffset,
  temporalPort: profile.temporalPort + portOffset,
  temporalUiPort: profile.temporalUiPort + portOffset,
  stripeMockPort: profile.stripeMockPort + portOffset,
  smtpPort: profile.smtpPort + portOffset,
  mailWebPort: profile.mailWebPort + portOffset,
  carrierPort: profile.carrierPort + portOffset,
  webPort: profile.webPort + portOffset,
});

/** Variables that point a stack at outside services; hermetic runs (tests, benchmarks) drop them. */
export const SERVICE_OVERRIDES = [
  "DATABASE_URL",
  "APP_DATABASE_URL",
  "TEMPORAL_ADDRESS",
  "TEMPORAL_NAMESPACE",
  "STRIPE_SECRET_KEY",
  "STRIPE_API_URL",
  "SMTP_URL",
  "APP_URL",
  "NEXTAUTH_URL",
  "NEXTAUTH_SECRET",
  "TWILIO_ACCOUNT_SID",
  "TWILIO_AUTH_TOKEN",
  "TWILIO_API_URL",
];

export const PROFILES: Record<StackProfile["name"], StackProfile> = {
  dev: shifted({
    name: "dev",
    postgresPort: 54320,
    database: "callwright",
    temporalPort: 7233,
    temporalUiPort: 8233,
    stripeMockPort: 12111,
    smtpPort: 1025,
    mailWebPort: 1080,
    carrierPort: 4010,
    webPort: 3000,
    web: "dev",
    trustedProxyHops: 0,
    quiet: false,
  }),
  test: shifted({
    name: "test",
    postgresPort: 54321,
    database: "callwright_test",
    temporalPort: 7244,
    temporalUiPort: 8244,
    stripeMockPort: 12121,
    smtpPort: 1026,
    mailWebPort: 1081,
    carrierPort: 4011,
    webPort: 3100,
    web: "start",
    trustedProxyHops: 1,
    quiet: true,
  }),
  // The portal benchmark (scripts/bench-portal.ts): a production build on its own ports and database.
  bench: shifted({
    name: "bench",
    postgresPort: 54325,
    database: "callwright_bench_portal",
    temporalPort: 7255,
    temporalUiPort: 8255,
    stripeMockPort: 12135,
    smtpPort: 1027,
    mailWebPort: 1083,
    carrierPort: 4015,
    webPort: 3105,
    web: "start",
    trustedProxyHops: 1,
    quiet: true,
  }),
};

const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
/** tsx flags for entry points that load server/ modules (see scripts/lib/server-entry.mjs). */
const SERVER_ENTRY = ["--import", "./scripts/lib/server-entry.mjs"];
/** Next.js behind our HTTP server, which stamps the trusted client address (decision 50). */
const WEB_SERVER = "scripts/web-server.ts";

/** A stable random secret per local data directory, so sessions survive restarts. */
function localSecret(profile: StackProfile): string {
  const file = path.join(dataDir, `${profile.name}-auth-secret`);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"));
  }
  return readFileSync(file, "utf8").trim();
}

export interface RunningStack {
  env: Record<string, string>;
  urls: Record<string, string>;
  group: ProcessGroup;
}

export interface StartOptions {
  /** Drop and recreate the embedded database before migrating (tests: independent runs). */
  fresh?: boolean;
  /** `start` profiles: skip `next build` when a build is already there (local iteration on a benchmark). */
  reuseBuild?: boolean;
}

/** Brings up Postgres, migrations, seed, Temporal, stripe-mock, the SMTP sink, the worker and Next.js. */
export async function startStack(
  profile: StackProfile,
  log: (l: string) => void = console.log,
  options: StartOptions = {},
): Promise<RunningStack> {
  const group = new ProcessGroup({ quiet: profile.quiet });
  try {
    return await bringUp(profile, log, options, group);
  } catch (error) {
    // Nothing half-started outlives a failed start (the caller never gets the group).
    await group.stopAll();
    throw error;
  }
}

async function bringUp(
  profile: StackProfile,
  log: (l: string) => void,
  options: StartOptions,
  group: ProcessGroup,
): Promise<RunningStack> {
  const temporal = resolveTool("temporal", log);
  const useStripeMock = !process.env.STRIPE_SECRET_KEY;
  const stripeMock = useStripeMock ? resolveTool("stripe-mock", log) : undefined;

  // A leftover process from an earlier run holds ports; say which, instead of failing later.
  const ports: [number, string, boolean][] = [
    [profile.temporalPort, "Temporal", !process.env.TEMPORAL_ADDRESS],
    [profile.stripeMockPort, "stripe-mock", Boolean(stripeMock)],
    [profile.smtpPort, "SMTP sink", !process.env.SMTP_URL],
    [profile.mailWebPort, "mail inbox", !process.env.SMTP_URL],
    [profile.carrierPort, "carrier simulator", !process.env.TWILIO_AUTH_TOKEN],
    [profile.webPort, "Next.js", true],
  ];
  for (const [port, what, needed] of ports) {
    if (needed && (await isPortOpen(port)))
      throw new Error(
        `port ${port} (${what}) is already in use — is an earlier stack still running? Stop it and retry.`,
      );
  }

  log("starting PostgreSQL…");
  const db = await ensureDatabase({
    name: `pg-${profile.name}`,
    port: profile.postgresPort,
    database: profile.database,
    log,
    fresh: options.fresh,
  });
  group.onStop(db.stop);

  const webUrl = process.env.APP_URL ?? `http://localhost:${profile.webPort}`;
  const env: Record<string, string> = {
    NODE_ENV: profile.web === "dev" ? "development" : "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: db.ownerUrl,
    APP_DATABASE_URL: db.appUrl,
    TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS ?? `127.0.0.1:${profile.temporalPort}`,
    TEMPORAL_NAMESPACE: process.env.TEMPORAL_NAMESPACE ?? "default",
    STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY ?? "sk_test_callwrightStripeMock",
    SMTP_URL: process.env.SMTP_URL ?? `smtp://127.0.0.1:${profile.smtpPort}`,
    MAIL_WEB_URL: `http://127.0.0.1:${profile.mailWebPort}`,
    EMAIL_FROM: process.env.EMAIL_FROM ?? "Callwright <no-reply@callwright.local>",
    APP_URL: webUrl,
    NEXTAUTH_URL: webUrl,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localSecret(profile),
    LOG_LEVEL: process.env.LOG_LEVEL ?? (profile.quiet ? "warn" : "info"),
    TRUSTED_PROXY_HOPS: String(profile.trustedProxyHops),
  };
  if (useStripeMock) env.STRIPE_API_URL = `http://127.0.0.1:${profile.stripeMockPort}`;
  // Without real Twilio credentials, telephony goes to the local carrier simulator under a local account.
  const useCarrierSim = !process.env.TWILIO_AUTH_TOKEN;
  if (useCarrierSim) {
    env.TWILIO_ACCOUNT_SID = "AC" + "0".repeat(24) + "ca11ab1e";
    env.TWILIO_AUTH_TOKEN = localSecret(profile).slice(0, 32);
    env.TWILIO_API_URL = `http://127.0.0.1:${profile.carrierPort}`;
  }

  log("applying migrations…");
  execFileSync(bin("prisma"), ["migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: profile.quiet ? "pipe" : "inherit",
  });
  log("seeding demo data…");
  execFileSync(bin("tsx"), [...SERVER_ENTRY, "prisma/seed.ts"], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: profile.quiet ? "pipe" : "inherit",
  });

  if (!process.env.TEMPORAL_ADDRESS) {
    const dbArgs = profile.name === "dev" ? ["--db-filename", path.join(dataDir, "temporal-dev.sqlite")] : [];
    group.start("temporal", temporal, [
      "server",
      "start-dev",
      "--ip",
      "127.0.0.1",
      "--port",
      String(profile.temporalPort),
      "--ui-port",
      String(profile.temporalUiPort),
      "--log-level",
      "error",
      ...dbArgs,
    ]);
  }
  // Explicit HTTPS address too: stripe-mock otherwise also binds :12112, which the dev stack already holds.
  if (stripeMock)
    group.start("stripe", stripeMock, [
      "-http-addr",
      `127.0.0.1:${profile.stripeMockPort}`,
      "-https-addr",
      `127.0.0.1:${profile.stripeMockPort + 1}`,
    ]);
  if (!process.env.SMTP_URL) {
    group.start("mail", bin("maildev"), [
      "--smtp",
      String(profile.smtpPort),
      "--web",
      String(profile.mailWebPort),
      "--ip",
      "127.0.0.1",
      "--web-ip",
      "127.0.0.1",
    ]);
  }
  if (useCarrierSim)
    group.start(
      "carrier",
      bin("tsx"),
      ["scripts/carrier-sim/main.ts"],
      {
        ...env,
        CARRIER_SIM_PORT: String(profile.carrierPort),
      },
      { cwd: root },
    );
  await Promise.all([
    useCarrierSim ? waitForHttp(`${env.TWILIO_API_URL}/sim/health`, "carrier simulator") : Promise.resolve(),
    process.env.TEMPORAL_ADDRESS ? Promise.resolve() : waitForPort(profile.temporalPort, "Temporal"),
    stripeMock ? waitForPort(profile.stripeMockPort, "stripe-mock") : Promise.resolve(),
    process.env.SMTP_URL ? Promise.resolve() : waitForPort(profile.smtpPort, "SMTP sink"),
  ]);

  // What the import worker loads is built, not bundled at run time (scripts/build-workers.mjs).
  log("building the import's worker script and workflow bundle…");
  execFileSync(process.execPath, [path.join(root, "scripts", "build-workers.mjs")], { cwd: root, stdio: "pipe" });
  group.start("worker", bin("tsx"), [...SERVER_ENTRY, "workflows/worker.ts"], env, { cwd: root });
  if (profile.web === "dev") {
    group.start("web", bin("tsx"), [...SERVER_ENTRY, WEB_SERVER, "--dev", "-p", String(profile.webPort)], env, {
      cwd: root,
    });
  } else {
    if (options.reuseBuild && existsSync(path.join(root, ".next", "BUILD_ID")))
      log("reusing the existing Next.js build");
    else {
      log("building Next.js…");
      execFileSync(bin("next"), ["build"], { cwd: root, env: { ...process.env, ...env }, stdio: "pipe" });
    }
    group.start("web", bin("tsx"), [...SERVER_ENTRY, WEB_SERVER, "-p", String(profile.webPort)], env, { cwd: root });
  }
  await waitForHttp(`http://127.0.0.1:${profile.webPort}/api/health`, "Next.js");

  const urls = {
    "Portal (Next.js)": webUrl,
    "Temporal Web UI": `http://127.0.0.1:${profile.temporalUiPort}`,
    "Mail inbox (maildev)": env.MAIL_WEB_URL!,
    "stripe-mock": env.STRIPE_API_URL ?? "(real Stripe)",
    "Carrier simulator": env.TWILIO_API_URL ?? "(real Twilio)",
    PostgreSQL: db.ownerUrl.replace(/:[^:@/]+@/, ":***@"),
  };
  return { env, urls, group };
}
