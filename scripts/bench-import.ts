/**
 * Contact import benchmark (`npm run bench:import -- --rows 1000000 [--json]`).
 * Generates a realistic CSV (several countries and formats, ~2% invalid, ~3% duplicate, ~1% on the
 * do-not-call list) and imports it through the real import path: storeUpload (into Postgres), then
 * startContactImport, which starts the contactImport workflow; a real import worker process
 * (workflows/import-worker.ts) runs the activity against a Temporal dev server the bench starts.
 * The worker is its own process, as in production, so its peak RSS and CPU are read from /proc.
 * The floor (`floorSeconds`, `ratioToFloor`) is a bare COPY of the contacts the import stored into
 * a plain table with Contact's key and columns (no RLS, no triggers), in the same run; the old
 * comparison with a bare COPY of the raw file into an unindexed table is kept (`copySeconds`,
 * `ratioToCopy`). With --json, stdout is exactly one JSON object.
 *
 * Database: DATABASE_URL (+ APP_DATABASE_URL) when set, else an embedded PostgreSQL on port
 * 54322 + CALLWRIGHT_PORT_OFFSET (data under .data/pg-bench), migrated with `prisma migrate deploy`.
 * Temporal: a private dev server on port 7255 + CALLWRIGHT_PORT_OFFSET (in memory).
 */
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { root } from "./lib/paths";
import { ensureDatabase } from "./lib/postgres";
import { ProcessGroup, waitForPort } from "./lib/processes";
import { resolveTool } from "./lib/tools";

const portOffset = Number(process.env.CALLWRIGHT_PORT_OFFSET ?? 0);

const HELP = `Usage: npm run bench:import -- [--rows N] [--json] [--keep]
  --rows N   rows to generate (default 1000000)
  --json     print exactly one JSON object on stdout (progress goes to stderr)
  --keep     keep the benchmark tenant and its contacts afterwards`;

function parseArgs(argv: string[]) {
  const opts = { rows: 1_000_000, json: false, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--json") opts.json = true;
    else if (arg === "--keep") opts.keep = true;
    else if (arg === "--rows") {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) throw new Error(`--rows needs a positive integer, got ${argv[i]}`);
      opts.rows = n;
    } else if (arg === "--help" || arg === "-h") {
      console.log(HELP);
      process.exit(0);
    } else throw new Error(`Unknown argument ${arg}\n${HELP}`);
  }
  return opts;
}

/** CPU seconds used so far by the postgres processes on this machine, ended backends included (Linux /proc; 0 elsewhere). */
function postgresCpuSeconds(): number {
  try {
    const ticks = 100; // USER_HZ on Linux
    let total = 0;
    for (const pid of readdirSync("/proc")) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        if (!stat.includes("(postgres)")) continue;
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        // Own time plus that of reaped children: a backend's time lands on the postmaster when it exits.
        total += (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / ticks;
      } catch {
        // the process ended meanwhile
      }
    }
    return total;
  } catch {
    return 0;
  }
}

/** A process's CPU seconds so far (user + system, all threads; Linux /proc). */
function processCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** A process's peak resident set (VmHWM) in MB. */
function peakRssMb(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Math.round(Number(match[1]) / 1024) : 0;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const log = (line: string) => (opts.json ? process.stderr : process.stdout).write(`${line}\n`);

  const database = await ensureDatabase({
    name: "pg-bench",
    port: 54322 + portOffset,
    database: "callwright_bench",
    log,
  });
  // The app modules validate the whole environment; the bench needs only the database.
  process.env.DATABASE_URL = database.ownerUrl;
  process.env.APP_DATABASE_URL = database.appUrl;
  process.env.NEXTAUTH_SECRET ??= "bench-secret-not-used-for-anything";
  process.env.STRIPE_SECRET_KEY ??= "sk_test_bench";
  process.env.SMTP_URL ??= "smtp://127.0.0.1:1";
  process.env.LOG_LEVEL ??= "warn";
  process.env.CONTACT_UPLOAD_MAX_BYTES ??= String(1024 * 1024 * 1024);
  log("applying migrations…");
  execFileSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    cwd: root,
    env: process.env,
    stdio: "pipe",
  });

  // A private Temporal dev server and one import worker process, as `npm run worker` runs it.
  const temporalPort = 7255 + portOffset;
  process.env.TEMPORAL_ADDRESS = `127.0.0.1:${temporalPort}`;
  process.env.TEMPORAL_NAMESPACE = "default";
  const group = new ProcessGroup({ quiet: true });
  log("starting Temporal and an import worker…");
  execFileSync(process.execPath, [path.join(root, "scripts", "build-workers.mjs")], { cwd: root, stdio: "pipe" });
  group.start("temporal", resolveTool("temporal", log), [
    "server",
    "start-dev",
    "--ip",
    "127.0.0.1",
    "--port",
    String(temporalPort),
    "--headless",
    "--log-level",
    "error",
  ]);
  await waitForPort(temporalPort, "Temporal");
  const worker = group.start(
    "worker",
    process.execPath,
    ["--import", "tsx", "--import", "./scripts/lib/server-entry.mjs", "workflows/import-worker.ts"],
    {},
    { cwd: root },
  );

  const { tenantDb } = await import("../server/db/tenant-db");
  const { storeUpload } = await import("../server/domain/contacts/uploads");
  const { startContactImport, waitForContactImport } = await import("../server/domain/contacts/import-service");
  const { temporalClient } = await import("../server/workflows/temporal-client");
  const { IMPORT_TASK_QUEUE } = await import("../workflows/shared/task-queues");
  await waitForImportWorker(await temporalClient(), IMPORT_TASK_QUEUE);

  const file = path.join(tmpdir(), `bench-import-${randomUUID()}.csv`);
  log(`generating ${opts.rows.toLocaleString("en")} rows…`);
  // In a child process, so the generator's memory does not count towards the import's peak RSS.
  const generator = path.join(root, "scripts", "generate-contact-csv.ts");
  const dnc = JSON.parse(
    execFileSync(path.join(root, "node_modules", ".bin", "tsx"), [generator, file, String(opts.rows)], {
      encoding: "utf8",
      maxBuffer: 1 << 28,
    }),
  ) as string[];

  const tenantId = `bench_${randomUUID().slice(0, 8)}`;
  const campaignId = `bench_campaign_${randomUUID().slice(0, 8)}`;
  const userId = "bench-user";
  const db = tenantDb(tenantId, userId);
  await db.tx(async (tx) => {
    await tx.organization.create({ data: { id: tenantId, kind: "CLIENT", name: "Import benchmark", slug: tenantId } });
    await tx.campaign.create({
      data: {
        id: campaignId,
        tenantId,
        name: "Import benchmark",
        workflowId: `campaign-${campaignId}`,
        createdById: userId,
      },
    });
  });

  const owner = new pg.Client({ connectionString: database.ownerUrl });
  await owner.connect();
  try {
    // Setup, not measured: one statement (through Prisma, 10k rows cost the process ~100 MB of heap).
    await owner.query(
      `INSERT INTO "DncEntry" ("id", "tenantId", "phoneE164", "source") SELECT gen_random_uuid()::text, $1, p, 'bench' FROM unnest($2::text[]) AS p ON CONFLICT DO NOTHING`,
      [tenantId, dnc],
    );
    // Earlier runs' deleted contacts are dead rows that autovacuum never gets to (the embedded server
    // only runs during a run); measure against a maintained database, as production would be.
    log("vacuuming leftovers of earlier runs…");
    await owner.query(
      `VACUUM (ANALYZE) "Contact", "ContactImportRejection", "ContactList", "ContactImport", "DncEntry"`,
    );
    log("importing through the real import path…");
    const uploadStarted = performance.now();
    const preview = await storeUpload({
      tenantId,
      campaignId,
      userId,
      fileName: "bench.csv",
      body: createReadStream(file, { highWaterMark: 1 << 20 }),
    });
    const uploadSeconds = (performance.now() - uploadStarted) / 1000;
    const workerPid = worker.pid!;
    const workerStartRssMb = peakRssMb(workerPid);
    // The peak RSS of the import itself: reset the worker's high-water mark (its start bundled the
    // workflow code), so VmHWM afterwards is the peak while importing.
    writeFileSync(`/proc/${workerPid}/clear_refs`, "5");
    const cpuBefore = processCpuSeconds(workerPid);
    const pgCpuBefore = postgresCpuSeconds();
    const started = performance.now();
    const { importId } = await startContactImport(
      db,
      { userId },
      { campaignId, uploadId: preview.uploadId, mapping: { columns: preview.suggestedColumns, defaultCountry: "US" } },
    );
    const outcome = await waitForContactImport(db, importId);
    const seconds = (performance.now() - started) / 1000;
    const nodeCpuSeconds = processCpuSeconds(workerPid) - cpuBefore;
    const pgCpuSeconds = postgresCpuSeconds() - pgCpuBefore;
    const importPeakRssMb = peakRssMb(workerPid);
    if (outcome.status !== "SUCCEEDED") throw new Error(`import ${outcome.status}: ${outcome.error}`);

    log("bare COPY of the same file into a plain table…");
    const table = `bench_plain_${randomUUID().slice(0, 8)}`;
    await owner.query(
      `CREATE TABLE "${table}" (phone text, first_name text, last_name text, email text, country text, state text, company text, customer_id text)`,
    );
    const copyStarted = performance.now();
    await pipeline(
      createReadStream(file, { highWaterMark: 1 << 20 }),
      owner.query(copyFrom(`COPY "${table}" FROM STDIN WITH (FORMAT csv, HEADER true)`)),
    );
    const copySeconds = (performance.now() - copyStarted) / 1000;
    await owner.query(`DROP TABLE "${table}"`);

    // The floor: the contacts the import stored, bare-COPYed into a plain table with Contact's
    // columns and key (its only index; no row-level security, no triggers) — what writing the rows
    // alone costs in this database, in this run.
    log("bare COPY of the stored contacts into a plain table with Contact's key (the floor)…");
    const stored = path.join(tmpdir(), `bench-contacts-${randomUUID()}.tsv`);
    const shaped = `bench_contacts_${randomUUID().slice(0, 8)}`;
    await pipeline(
      owner.query(
        copyTo(`COPY (SELECT * FROM "Contact" WHERE "listId" = '${outcome.listId.replace(/'/g, "''")}') TO STDOUT`),
      ),
      createWriteStream(stored),
    );
    await owner.query(`CREATE TABLE "${shaped}" (LIKE "Contact" INCLUDING DEFAULTS INCLUDING INDEXES)`);
    const indexedStarted = performance.now();
    await pipeline(
      createReadStream(stored, { highWaterMark: 1 << 20 }),
      owner.query(copyFrom(`COPY "${shaped}" FROM STDIN`)),
    );
    const indexedCopySeconds = (performance.now() - indexedStarted) / 1000;
    await owner.query(`DROP TABLE "${shaped}"`);
    await rm(stored, { force: true });

    const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
    const result = {
      rows: outcome.rows,
      seconds: round(seconds),
      rowsPerSecond: Math.round(outcome.rows / seconds),
      copySeconds: round(copySeconds),
      ratioToCopy: round(seconds / copySeconds),
      indexedCopySeconds: round(indexedCopySeconds),
      ratioToIndexedCopy: round(seconds / indexedCopySeconds),
      floorSeconds: round(indexedCopySeconds),
      ratioToFloor: round(seconds / indexedCopySeconds),
      peakRssMb: importPeakRssMb,
      workerStartRssMb,
      benchPeakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      rejected: outcome.rejected,
      ...outcome.counts,
      uploadSeconds: round(uploadSeconds),
      nodeCpuSeconds: round(nodeCpuSeconds),
      postgresCpuSeconds: round(pgCpuSeconds),
      phaseMs: outcome.phaseMs,
      cores: availableParallelism(),
    };
    if (!opts.json) {
      const target = (ok: boolean) => (ok ? "ok" : "MISSED");
      log("");
      log("| metric | value | target |");
      log("|---|---:|---|");
      log(`| rows | ${result.rows.toLocaleString("en")} | |`);
      log(
        `| import seconds | ${result.seconds} | ≤ 15 s for 1M rows: ${opts.rows === 1_000_000 ? target(result.seconds <= 15) : "n/a"} |`,
      );
      log(`| rows per second | ${result.rowsPerSecond.toLocaleString("en")} | |`);
      log(`| floor: bare COPY of the stored contacts into a table with Contact's key | ${result.floorSeconds} s | |`);
      log(`| ratio to the floor | ${result.ratioToFloor}× | ≤ 3×: ${target(result.ratioToFloor <= 3)} |`);
      log(
        `| bare COPY of the raw file into an unindexed table (context) | ${result.copySeconds} s (import ${result.ratioToCopy}×) | |`,
      );
      log(
        `| import worker peak RSS while importing (MB) | ${result.peakRssMb} | ≤ 512: ${target(result.peakRssMb <= 512)} |`,
      );
      log(
        `| import worker RSS before the import (MB; started, workflow code bundled) | ${result.workerStartRssMb} | |`,
      );
      log(
        `| rejected (invalid / duplicate / dnc) | ${result.rejected} (${result.invalid} / ${result.duplicate} / ${result.dnc}) | |`,
      );
      log(`| valid / no time zone | ${result.valid} / ${result.noTimeZone} | |`);
      log(`| upload step seconds (not included) | ${result.uploadSeconds} | |`);
      log(
        `| import phases (ms) | ${Object.entries(result.phaseMs)
          .map(([k, v]) => `${k} ${v}`)
          .join(", ")} | |`,
      );
      log("");
    }
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await rm(file, { force: true });
    if (!opts.keep) {
      // Superuser owner (embedded Postgres) can drop the tenant; with another owner this is best effort.
      await owner
        .query(`DELETE FROM "Organization" WHERE "id" = $1`, [tenantId])
        .then(() => owner.query(`DELETE FROM "DncEntry" WHERE "tenantId" = $1`, [tenantId]))
        .catch((e: Error) => log(`cleanup skipped: ${e.message}`));
    }
    await owner.end();
    await group.stopAll();
    await database.stop();
  }
}

/** Waits until the import worker polls its task queue for both workflow and activity tasks. */
async function waitForImportWorker(client: import("@temporalio/client").Client, taskQueue: string) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const polling = await Promise.all(
      [1, 2].map(async (taskQueueType) => {
        const response = await client.workflowService.describeTaskQueue({
          namespace: "default",
          taskQueue: { name: taskQueue },
          taskQueueType,
        });
        return (response.pollers?.length ?? 0) > 0;
      }),
    );
    if (polling.every(Boolean)) return;
    if (Date.now() > deadline) throw new Error("the import worker did not start within 2 minutes");
    await new Promise((r) => setTimeout(r, 250));
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
