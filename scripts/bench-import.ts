/**
 * Contact import benchmark (`npm run bench:import -- --rows 1000000 [--json]`).
 * Generates a realistic CSV (several countries and formats, ~2% invalid, ~3% duplicate, ~1% on the
 * do-not-call list), imports it through the real import path (storeUpload → startContactImport, the
 * same domain functions the portal uses) into a fresh tenant, then bare-COPYs the same file into a
 * plain unindexed table for comparison. With --json, stdout is exactly one JSON object.
 *
 * Database: DATABASE_URL (+ APP_DATABASE_URL) when set, else an embedded PostgreSQL on port 54322
 * (data under .data/pg-bench), migrated with `prisma migrate deploy`.
 */
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { once } from "node:events";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { root } from "./lib/paths";
import { ensureDatabase } from "./lib/postgres";

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

// ─── CSV generation ───
const FIRST = ["Ada", "Bob", "Chloé", "Dmitri", "Emma", "François", "Greta", "Hiro", "Ines", "Jamal", "Kai", "Lena", "Mateo", "Nora", "Omar", "Priya"];
const LAST = ["Smith", "Müller", "Dupont", "García", "O'Brien", "Nguyen", "Kowalski", "Rossi", "Jones", "Tanaka", "Silva", "Brown"];
const COMPANIES = ["Acme", "Globex", "Initech", "Smith, Jones & Co", "Umbrella", "Stark \"Industries\"", "Wayne Enterprises", "Hooli"];
const US_NPA = ["212", "312", "415", "617", "305", "206", "404", "702", "303", "214"];
const US_STATE: Record<string, string> = { "212": "NY", "312": "IL", "415": "CA", "617": "MA", "305": "FL", "206": "WA", "404": "GA", "702": "NV", "303": "CO", "214": "TX" };
const INVALID = ["12345", "n/a", "555-CALL-NOW", "+1 000 000 0000", "0", "call me"];

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** A valid phone for generated row i: E.164 plus a human-formatted variant, country and region. Unique per i. */
function phoneFor(i: number): { e164: string; shown: string; country: string; region: string } {
  const bucket = i % 10;
  const k = Math.floor(i / 10);
  if (bucket < 4) {
    const u = k * 4 + bucket;
    const npa = US_NPA[u % US_NPA.length]!;
    const rest = Math.floor(u / US_NPA.length);
    const nxx = 200 + (rest % 700);
    const line = pad(Math.floor(rest / 700) % 10000, 4);
    const e164 = `+1${npa}${nxx}${line}`;
    return { e164, shown: u % 2 ? `(${npa}) ${nxx}-${line}` : e164, country: "US", region: US_STATE[npa]! };
  }
  if (bucket < 6) {
    const n = pad(10_000_000 + ((k * 2 + bucket - 4) % 90_000_000), 8);
    return { e164: `+49151${n}`, shown: k % 2 ? `0151 ${n}` : `+49 151 ${n}`, country: "DE", region: "" };
  }
  if (bucket < 7) {
    const n = pad(k % 1_000_000, 6);
    return { e164: `+447400${n}`, shown: k % 2 ? `07400 ${n}` : `+44 7400 ${n}`, country: "GB", region: "" };
  }
  if (bucket < 8) {
    const n = pad(k % 100_000_000, 8);
    return { e164: `+336${n}`, shown: `+33 6 ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6)}`, country: "FR", region: "" };
  }
  if (bucket < 9) {
    const nxx = 200 + (k % 700);
    const line = pad(Math.floor(k / 700) % 10000, 4);
    return { e164: `+1403${nxx}${line}`, shown: `+1 403 ${nxx} ${line}`, country: "CA", region: "AB" };
  }
  const n = pad(k % 100_000_000, 8);
  return { e164: `+614${n}`, shown: `04${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`, country: "AU", region: "VIC" };
}

/** Writes the CSV; returns the numbers to seed into the do-not-call list. */
async function generateCsv(file: string, rows: number) {
  const out = createWriteStream(file);
  const dnc: string[] = [];
  let buf = "phone,first_name,last_name,email,country,state,company,customer_id\n";
  for (let i = 0; i < rows; i++) {
    const slot = i % 100;
    let phone = phoneFor(i);
    let shown = phone.shown;
    if (slot === 20 || slot === 21) shown = INVALID[i % INVALID.length]!; // ~2% invalid
    else if (slot >= 10 && slot <= 12 && i >= 7) {
      phone = phoneFor(i - 7); // ~3% duplicates of an earlier row, in the other format
      shown = phone.e164;
    } else if (slot === 50) dnc.push(phone.e164); // ~1% on the do-not-call list
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[(i >> 4) % LAST.length]!;
    buf += `${quote(shown)},${first},${quote(last)},${first.toLowerCase()}.${i}@example.com,${phone.country},${phone.region},${quote(COMPANIES[i % COMPANIES.length]!)},C${i}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, "drain");
      buf = "";
    }
  }
  out.end(buf);
  await once(out, "finish");
  return dnc;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const log = (line: string) => (opts.json ? process.stderr : process.stdout).write(`${line}\n`);

  const database = await ensureDatabase({ name: "pg-bench", port: 54322, database: "callwright_bench", log });
  // The app modules validate the whole environment; the bench needs only the database.
  process.env.DATABASE_URL = database.ownerUrl;
  process.env.APP_DATABASE_URL = database.appUrl;
  process.env.NEXTAUTH_SECRET ??= "bench-secret-not-used-for-anything";
  process.env.STRIPE_SECRET_KEY ??= "sk_test_bench";
  process.env.SMTP_URL ??= "smtp://127.0.0.1:1";
  process.env.LOG_LEVEL ??= "warn";
  process.env.CONTACT_UPLOAD_MAX_BYTES ??= String(1024 * 1024 * 1024);
  log("applying migrations…");
  execFileSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { cwd: root, env: process.env, stdio: "pipe" });

  const { tenantDb } = await import("../server/db/tenant-db");
  const { storeUpload } = await import("../server/domain/contacts/uploads");
  const { startContactImport } = await import("../server/domain/contacts/import-service");

  const file = path.join(tmpdir(), `bench-import-${randomUUID()}.csv`);
  log(`generating ${opts.rows.toLocaleString("en")} rows…`);
  const dnc = await generateCsv(file, opts.rows);

  const tenantId = `bench_${randomUUID().slice(0, 8)}`;
  const campaignId = `bench_campaign_${randomUUID().slice(0, 8)}`;
  const userId = "bench-user";
  const db = tenantDb(tenantId, userId);
  await db.tx(async (tx) => {
    await tx.organization.create({ data: { id: tenantId, kind: "CLIENT", name: "Import benchmark", slug: tenantId } });
    await tx.campaign.create({ data: { id: campaignId, tenantId, name: "Import benchmark", workflowId: `campaign-${campaignId}`, createdById: userId } });
    for (let i = 0; i < dnc.length; i += 5000) {
      await tx.dncEntry.createMany({ data: dnc.slice(i, i + 5000).map((phoneE164) => ({ tenantId, phoneE164, source: "bench" })), skipDuplicates: true });
    }
  }, { timeout: 120_000 });

  const owner = new pg.Client({ connectionString: database.ownerUrl });
  await owner.connect();
  try {
    // Earlier runs' deleted contacts are dead rows that autovacuum never gets to (the embedded server
    // only runs during a run); measure against a maintained database, as production would be.
    log("vacuuming leftovers of earlier runs…");
    await owner.query(`VACUUM (ANALYZE) "Contact", "ContactImportRejection", "ContactList", "ContactImport", "DncEntry"`);
    log("importing through the real import path…");
    const uploadStarted = performance.now();
    const preview = await storeUpload({ tenantId, campaignId, userId, fileName: "bench.csv", body: createReadStream(file, { highWaterMark: 1 << 20 }) });
    const uploadSeconds = (performance.now() - uploadStarted) / 1000;
    const started = performance.now();
    const { done } = await startContactImport(db, { userId }, { campaignId, uploadId: preview.uploadId, mapping: { columns: preview.suggestedColumns, defaultCountry: "US" } });
    const outcome = await done;
    const seconds = (performance.now() - started) / 1000;
    if (outcome.status !== "SUCCEEDED") throw new Error(`import ${outcome.status}: ${outcome.error}`);

    log("bare COPY of the same file into a plain table…");
    const table = `bench_plain_${randomUUID().slice(0, 8)}`;
    await owner.query(`CREATE TABLE "${table}" (phone text, first_name text, last_name text, email text, country text, state text, company text, customer_id text)`);
    const copyStarted = performance.now();
    await pipeline(createReadStream(file, { highWaterMark: 1 << 20 }), owner.query(copyFrom(`COPY "${table}" FROM STDIN WITH (FORMAT csv, HEADER true)`)));
    const copySeconds = (performance.now() - copyStarted) / 1000;
    await owner.query(`DROP TABLE "${table}"`);

    const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
    const result = {
      rows: outcome.rows,
      seconds: round(seconds),
      rowsPerSecond: Math.round(outcome.rows / seconds),
      copySeconds: round(copySeconds),
      ratioToCopy: round(seconds / copySeconds),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      rejected: outcome.rejected,
      ...outcome.counts,
      uploadSeconds: round(uploadSeconds),
      phaseMs: outcome.phaseMs,
      cores: availableParallelism(),
    };
    if (!opts.json) {
      const target = (ok: boolean) => (ok ? "ok" : "MISSED");
      log("");
      log("| metric | value | target |");
      log("|---|---:|---|");
      log(`| rows | ${result.rows.toLocaleString("en")} | |`);
      log(`| import seconds | ${result.seconds} | ≤ 15 s for 1M rows: ${opts.rows === 1_000_000 ? target(result.seconds <= 15) : "n/a"} |`);
      log(`| rows per second | ${result.rowsPerSecond.toLocaleString("en")} | |`);
      log(`| bare COPY seconds | ${result.copySeconds} | |`);
      log(`| ratio to bare COPY | ${result.ratioToCopy}× | ≤ 3×: ${target(result.ratioToCopy <= 3)} |`);
      log(`| peak RSS (MB) | ${result.peakRssMb} | ≤ 512: ${target(result.peakRssMb <= 512)} |`);
      log(`| rejected (invalid / duplicate / dnc) | ${result.rejected} (${result.invalid} / ${result.duplicate} / ${result.dnc}) | |`);
      log(`| valid / no time zone | ${result.valid} / ${result.noTimeZone} | |`);
      log(`| upload step seconds (not included) | ${result.uploadSeconds} | |`);
      log(`| import phases (ms) | ${Object.entries(result.phaseMs).map(([k, v]) => `${k} ${v}`).join(", ")} | |`);
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
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
