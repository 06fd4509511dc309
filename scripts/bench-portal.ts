/**
 * Portal benchmark (`npm run bench:portal -- [--json]`).
 * Starts the bench stack (its own embedded PostgreSQL database, Temporal dev server, worker, stripe-mock,
 * SMTP sink, and the production build under `next start`), seeds 50 tenants × 20 campaigns and a
 * 100k-contact list in SQL, signs 50 users in through next-auth's API (45 client owners, 5 operator
 * admins), warms up, then lets them request the main page documents and tRPC reads concurrently.
 * Prints p50/p95 per route and row-level security's overhead (scripts/lib/rls-overhead.ts), then
 * stops everything it started, also on Ctrl-C or failure. Any non-2xx answer fails the run.
 */
import { availableParallelism, loadavg } from "node:os";
import { seedPortalData, type SeededData } from "./lib/portal-seed";
import { round1, runLoad, signIn, summarize, trpcPath, type Route, type VirtualUser } from "./lib/portal-load";
import { measureRlsOverhead } from "./lib/rls-overhead";
import { PROFILES, SERVICE_OVERRIDES, startStack, type RunningStack } from "./lib/stack";

const HELP = `Usage: npm run bench:portal -- [--json] [--users N] [--operators N] [--duration S] [--warmup S]
                           [--think-ms MS] [--rls-iterations N] [--reuse-build]
  --json            print exactly one JSON object on stdout (progress goes to stderr)
  --users N         concurrent signed-in users (default 50)
  --operators N     how many of them are operator admins (default 5)
  --duration S      measured seconds (default 30)
  --warmup S        unmeasured seconds of the same load first (default 10)
  --think-ms MS     a user's pause between requests, ±50 % (default 1000)
  --rls-iterations  transactions per query set and role for the RLS overhead (default 300)
  --reuse-build     skip \`next build\` when .next holds a build (local iteration only)`;

const TARGETS = { trpcP95Ms: 150, pageP95Ms: 400, rlsOverheadPercent: 15 } as const;
const PASSWORD = "bench-portal-password";

function parseArgs(argv: string[]) {
  const opts = {
    json: false,
    users: 50,
    operators: 5,
    durationS: 30,
    warmupS: 10,
    thinkMs: 1000,
    rlsIterations: 300,
    reuseBuild: false,
  };
  const int = (i: number, min: number) => {
    const n = Number(argv[i]);
    if (!Number.isInteger(n) || n < min) throw new Error(`${argv[i - 1]} needs an integer ≥ ${min}, got ${argv[i]}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--json") opts.json = true;
    else if (arg === "--reuse-build") opts.reuseBuild = true;
    else if (arg === "--users") opts.users = int(++i, 1);
    else if (arg === "--operators") opts.operators = int(++i, 0);
    else if (arg === "--duration") opts.durationS = int(++i, 1);
    else if (arg === "--warmup") opts.warmupS = int(++i, 0);
    else if (arg === "--think-ms") opts.thinkMs = int(++i, 0);
    else if (arg === "--rls-iterations") opts.rlsIterations = int(++i, 1);
    else if (arg === "--help" || arg === "-h") {
      console.log(HELP);
      process.exit(0);
    } else throw new Error(`Unknown argument ${arg}\n${HELP}`);
  }
  if (opts.operators >= opts.users) throw new Error("--operators must be fewer than --users");
  return opts;
}

// Like `npm test`, the run is hermetic: the bench profile's own services, never a shared database.
for (const name of SERVICE_OVERRIDES) delete process.env[name];

const floorRoutes = (): Route[] => [
  // What any request costs: Next's route handler, a static page, and the tenant gate's user check.
  { name: "floor GET /api/health", kind: "floor", path: "/api/health" },
  { name: "floor page /signin", kind: "floor", path: "/signin" },
  { name: "floor trpc me.get", kind: "floor", path: trpcPath("me.get", undefined) },
];

function clientRoutes(orgId: string, campaignId: string): Route[] {
  const campaign = `/portal/${orgId}/campaigns/${campaignId}`;
  const input = { orgId, campaignId };
  const trpc = (procedure: string, value: unknown): Route => ({
    name: `trpc ${procedure}`,
    kind: "trpc",
    path: trpcPath(procedure, value),
  });
  return [
    { name: "page /portal/[orgId]", kind: "page", path: `/portal/${orgId}` },
    { name: "page /portal/[orgId]/campaigns/[id]", kind: "page", path: campaign },
    { name: "page /portal/[orgId]/campaigns/[id]/contacts", kind: "page", path: `${campaign}/contacts` },
    { name: "page /portal/[orgId]/campaigns/[id]/review", kind: "page", path: `${campaign}/review` },
    trpc("campaign.list", { orgId }),
    trpc("campaign.get", input),
    trpc("submission.status", input),
    trpc("submission.preflight", input),
    trpc("contactImport.current", input),
    trpc("contactImport.summary", input),
    trpc("campaignSettings.get", input),
    trpc("script.get", input),
    trpc("escalation.list", input),
    ...floorRoutes(),
  ];
}

function operatorRoutes(): Route[] {
  return [
    { name: "page /operator", kind: "page", path: "/operator" },
    { name: "page /operator/reviews", kind: "page", path: "/operator/reviews" },
    { name: "trpc operator.tenants", kind: "trpc", path: trpcPath("operator.tenants", undefined) },
    { name: "trpc review.queue", kind: "trpc", path: trpcPath("review.queue", undefined) },
    ...floorRoutes(),
  ];
}

/** Client owners of tenants 1..n (tenant 1 also requests its 100k-contact campaign), then operators. */
function plannedUsers(seed: SeededData, clients: number, operators: number) {
  const planned: { email: string; routes: Route[] }[] = [];
  for (let i = 0; i < clients; i++) {
    const tenant = seed.tenants[i % seed.tenants.length]!;
    const campaignId = tenant.campaignIds[1 + (i % (tenant.campaignIds.length - 1))]!;
    const routes = clientRoutes(tenant.orgId, campaignId);
    if (tenant.orgId === seed.bigCampaign.orgId) {
      const big = clientRoutes(tenant.orgId, seed.bigCampaign.campaignId)
        .filter((r) => r.name.includes("contacts") || r.name.includes("preflight") || r.name.includes("summary"))
        .map((r) => ({ ...r, name: `${r.name} (100k contacts)` }));
      routes.push(...big);
    }
    planned.push({ email: tenant.ownerEmail, routes });
  }
  for (let o = 0; o < operators; o++)
    planned.push({ email: seed.operatorEmails[o % seed.operatorEmails.length]!, routes: operatorRoutes() });
  return planned;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const log = (line: string) => (opts.json ? process.stderr : process.stdout).write(`${line}\n`);
  const profile = PROFILES.bench;
  const startedAt = new Date();

  log(`starting the bench stack (web on :${profile.webPort})…`);
  let stack: RunningStack | undefined;
  try {
    stack = await startStack(profile, (l) => log(`  ${l}`), { fresh: true, reuseBuild: opts.reuseBuild });
    const baseUrl = `http://127.0.0.1:${profile.webPort}`;
    const clients = opts.users - opts.operators;

    log("seeding 50 tenants × 20 campaigns and a 100k-contact list…");
    const seedStarted = performance.now();
    const seed = await seedPortalData(stack.env.DATABASE_URL!, {
      tenants: Math.max(50, clients),
      campaignsPerTenant: 20,
      contactsPerList: 200,
      bigListContacts: 100_000,
      operators: opts.operators,
      password: PASSWORD,
    });
    const seedSeconds = (performance.now() - seedStarted) / 1000;

    log(`signing in ${opts.users} users…`);
    const planned = plannedUsers(seed, clients, opts.operators);
    const users: VirtualUser[] = [];
    // A few at a time: each sign-in is a deliberately slow Argon2 verification.
    for (let i = 0; i < planned.length; i += 4) {
      const batch = planned.slice(i, i + 4).map(async (p, j) => {
        const ip = `10.70.${Math.floor((i + j) / 250)}.${((i + j) % 250) + 1}`;
        return { ...p, ip, cookie: await signIn(baseUrl, p.email, PASSWORD, ip) };
      });
      users.push(...(await Promise.all(batch)));
    }

    log("warming up (every route once, then the load unmeasured)…");
    for (const route of new Map(users.flatMap((u) => u.routes.map((r) => [r.path, { u, r }] as const))).values()) {
      await runLoad(baseUrl, [{ ...route.u, routes: [route.r] }], { durationMs: 1, thinkMs: 0 });
    }
    if (opts.warmupS > 0) await runLoad(baseUrl, users, { durationMs: opts.warmupS * 1000, thinkMs: opts.thinkMs });

    log(`measuring ${opts.users} concurrent users for ${opts.durationS} s…`);
    const load = await runLoad(baseUrl, users, { durationMs: opts.durationS * 1000, thinkMs: opts.thinkMs });
    const routes = summarize(load.samples);

    log(`measuring row-level security overhead (${opts.rlsIterations} transactions per set and role)…`);
    const bigTenant = seed.tenants[0]!;
    const rls = await measureRlsOverhead(
      stack.env.DATABASE_URL!,
      stack.env.APP_DATABASE_URL!,
      {
        tenantId: bigTenant.orgId,
        userId: `${bigTenant.orgId}_owner`,
        campaignId: bigTenant.campaignIds[1]!,
        listId: `${bigTenant.campaignIds[1]!}_l`,
        campaignIds: bigTenant.campaignIds,
        listIds: bigTenant.campaignIds.map((id) => `${id}_l`),
        bigListId: `${seed.bigCampaign.campaignId}_l`,
      },
      opts.rlsIterations,
    );

    const worst = (kind: Route["kind"]) => Math.max(0, ...routes.filter((r) => r.kind === kind).map((r) => r.p95Ms));
    const errors = routes.reduce((sum, r) => sum + r.errors, 0);
    const result = {
      startedAt: startedAt.toISOString(),
      machine: { cpus: availableParallelism(), loadAverage: loadavg().map(round1) },
      config: {
        users: opts.users,
        operators: opts.operators,
        durationSeconds: opts.durationS,
        warmupSeconds: opts.warmupS,
        thinkMs: opts.thinkMs,
        tenants: seed.tenants.length,
        campaignsPerTenant: 20,
        bigListContacts: 100_000,
        seedSeconds: round1(seedSeconds),
      },
      requests: load.samples.length,
      requestsPerSecond: round1(load.samples.length / (load.wallMs / 1000)),
      errors,
      routes,
      worstP95Ms: { trpc: worst("trpc"), page: worst("page"), floor: worst("floor") },
      rls,
      targets: {
        ...TARGETS,
        met: {
          trpc: worst("trpc") <= TARGETS.trpcP95Ms,
          page: worst("page") <= TARGETS.pageP95Ms,
          rls: rls.overheadPercent <= TARGETS.rlsOverheadPercent,
        },
      },
    };

    if (opts.json) console.log(JSON.stringify(result, null, 2));
    else printTable(result);
    return errors > 0 ? 1 : 0;
  } finally {
    log("stopping the bench stack…");
    await stack?.group.stopAll();
  }
}

function printTable(result: {
  routes: ReturnType<typeof summarize>;
  requestsPerSecond: number;
  errors: number;
  rls: Awaited<ReturnType<typeof measureRlsOverhead>>;
  targets: typeof TARGETS & { met: Record<string, boolean> };
  machine: { cpus: number; loadAverage: number[] };
}) {
  const line = (cells: (string | number)[], widths: number[]) =>
    cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join("  ");
  const widths = [58, 7, 7, 9, 9, 9];
  console.log(`\n${line(["route", "count", "errors", "p50 ms", "p95 ms", "max ms"], widths)}`);
  for (const r of result.routes) console.log(line([r.route, r.count, r.errors, r.p50Ms, r.p95Ms, r.maxMs], widths));
  console.log(
    `\n${result.requestsPerSecond} requests/s, ${result.errors} errors; load average ${result.machine.loadAverage.join(" ")} on ${result.machine.cpus} CPUs`,
  );
  console.log(`\nRow-level security (median transaction, owner with explicit tenant filter vs callwright_app):`);
  const cpu = (v: number | null) => (v === null ? "–" : `${v.toFixed(3)} ms`);
  for (const s of result.rls.sets)
    console.log(
      `  ${s.set.padEnd(44)} ${s.ownerMs.toFixed(3)} ms → ${s.appMs.toFixed(3)} ms (${s.overheadPercent}%); backend CPU ${cpu(s.ownerCpuMs)} → ${cpu(s.appCpuMs)}`,
    );
  console.log(
    `  ${"hot procedures together".padEnd(44)} ${result.rls.overheadPercent}% wall, ${result.rls.cpuOverheadPercent ?? "–"}% backend CPU`,
  );
  if (!result.rls.ownerBypassesRls)
    console.log("  (the owner role does not bypass RLS here: the comparison is not meaningful)");
  const mark = (ok: boolean) => (ok ? "met" : "MISSED");
  console.log(
    `\nTargets: tRPC p95 ≤ ${result.targets.trpcP95Ms} ms ${mark(result.targets.met.trpc!)}, page p95 ≤ ${result.targets.pageP95Ms} ms ${mark(result.targets.met.page!)}, RLS overhead ≤ ${result.targets.rlsOverheadPercent}% ${mark(result.targets.met.rls!)}`,
  );
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
