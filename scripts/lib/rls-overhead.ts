import { readFileSync } from "node:fs";
import pg from "pg";
import { percentile, round1 } from "./portal-load";

/**
 * Row-level security's cost, measured on the queries the hot procedures send (the SQL Prisma
 * generates for them, written out): each set runs as one transaction, once as the owner role with
 * the tenant in every WHERE clause (what the app would send without RLS; the owner must bypass RLS),
 * and once as callwright_app the way tenantDb runs it (BEGIN, set_config, the queries relying on the
 * policies, COMMIT). Alternating the two on idle connections keeps noise from favouring either side.
 */
export interface RlsTarget {
  tenantId: string;
  campaignId: string;
  listId: string;
  campaignIds: string[];
  listIds: string[];
  /** A list with many contacts, for the pre-flight's place groups. */
  bigListId: string;
  /** A member of the tenant, for the session-user query. */
  userId: string;
}

export interface RlsSetResult {
  set: string;
  /** Median wall time of one transaction. */
  ownerMs: number;
  appMs: number;
  overheadPercent: number;
  /** CPU the database backend spent per transaction (Linux, local database; null elsewhere). */
  ownerCpuMs: number | null;
  appCpuMs: number | null;
}

export interface RlsOverhead {
  iterations: number;
  ownerBypassesRls: boolean;
  sets: RlsSetResult[];
  /** Sum of the medians of the procedure sets (the 100k-contact group-by is reported on its own). */
  ownerMs: number;
  appMs: number;
  overheadPercent: number;
  /**
   * The same, from the backends' CPU time: on a busy machine wall time is mostly waiting for a core,
   * while CPU time is the work RLS adds. null when /proc of the database is not readable.
   */
  cpuOverheadPercent: number | null;
}

type Filter = (alias: string) => string;
interface QuerySet {
  name: string;
  /** What tenantDb / userDb set before the queries. */
  context: "tenant" | "user";
  /** Counted in the total: the per-request hot path (the heavy group-by is shown separately). */
  hot: boolean;
  queries: (t: Filter, target: RlsTarget) => { text: string; values: unknown[] }[];
}

const CAMPAIGN_COLUMNS = `c."id", c."name", c."description", c."status", c."workflowId", c."createdById", c."createdAt",
  c."updatedAt", c."type", c."startDate", c."endDate", c."callingWindow", c."dialMode", c."abandonCapBps",
  c."retryPolicy", c."maxAttempts", c."callerId", c."dispositions", c."budgetCapMinor", c."currency",
  c."wizardStep", c."activeContactListId"`;

// $1 is always the tenant id (unused by the app variant, where the policies filter).
const SETS: QuerySet[] = [
  {
    name: "campaign.list",
    context: "tenant",
    hot: true,
    queries: (t, x) => [
      {
        text: `SELECT ${CAMPAIGN_COLUMNS} FROM "Campaign" c WHERE true ${t("c")} ORDER BY c."createdAt" DESC LIMIT 200`,
        values: [x.tenantId],
      },
      {
        text: `SELECT l."id", l."rowCount" FROM "ContactList" l WHERE l."id" = ANY($2) ${t("l")}`,
        values: [x.tenantId, x.listIds],
      },
      {
        text: `SELECT s."campaignId", s."quote" FROM "CampaignSubmission" s WHERE s."campaignId" = ANY($2) ${t("s")}
               ORDER BY s."submittedAt" DESC`,
        values: [x.tenantId, x.campaignIds],
      },
      {
        text: `SELECT s."campaignId" FROM "Script" s WHERE s."campaignId" = ANY($2) ${t("s")}
               AND EXISTS (SELECT 1 FROM "ScriptVersion" v WHERE v."scriptId" = s."id" ${t("v")})`,
        values: [x.tenantId, x.campaignIds],
      },
    ],
  },
  {
    name: "campaign.get",
    context: "tenant",
    hot: true,
    queries: (t, x) => [
      {
        text: `SELECT ${CAMPAIGN_COLUMNS} FROM "Campaign" c WHERE c."id" = $2 ${t("c")}`,
        values: [x.tenantId, x.campaignId],
      },
    ],
  },
  {
    name: "submission.status",
    context: "tenant",
    hot: true,
    queries: (t, x) => [
      { text: `SELECT c.* FROM "Campaign" c WHERE c."id" = $2 ${t("c")}`, values: [x.tenantId, x.campaignId] },
      {
        text: `SELECT s."id", s."submittedAt", s."decision", s."reviewComment", s."reviewedAt", s."quote"
               FROM "CampaignSubmission" s WHERE s."campaignId" = $2 ${t("s")} ORDER BY s."submittedAt" DESC LIMIT 1`,
        values: [x.tenantId, x.campaignId],
      },
      {
        text: `SELECT count(*) FROM "ScriptVersion" v WHERE true ${t("v")}
               AND v."scriptId" IN (SELECT s."id" FROM "Script" s WHERE s."campaignId" = $2 ${t("s")})`,
        values: [x.tenantId, x.campaignId],
      },
      { text: `SELECT l."rowCount" FROM "ContactList" l WHERE l."id" = $2 ${t("l")}`, values: [x.tenantId, x.listId] },
    ],
  },
  {
    name: "contactImport.summary",
    context: "tenant",
    hot: true,
    queries: (t, x) => [
      {
        text: `SELECT c."activeContactListId" FROM "Campaign" c WHERE c."id" = $2 ${t("c")}`,
        values: [x.tenantId, x.campaignId],
      },
      { text: `SELECT l."rowCount" FROM "ContactList" l WHERE l."id" = $2 ${t("l")}`, values: [x.tenantId, x.listId] },
      {
        text: `SELECT i."counts" FROM "ContactImport" i WHERE i."campaignId" = $2 AND i."listId" = $3
               AND i."status" = 'SUCCEEDED' ${t("i")} LIMIT 1`,
        values: [x.tenantId, x.campaignId, x.listId],
      },
    ],
  },
  {
    name: "session user (every request)",
    context: "user",
    hot: true,
    // Already filtered by user: the owner variant needs no extra predicate.
    queries: (_t, x) => [
      {
        text: `SELECT m."tenantId", m."role", o."name", o."kind" FROM "Membership" m
               JOIN "Organization" o ON o."id" = m."tenantId" WHERE m."userId" = $1 ORDER BY m."createdAt"`,
        values: [x.userId],
      },
    ],
  },
  {
    name: "pre-flight place groups (100k contacts)",
    context: "tenant",
    hot: false,
    queries: (t, x) => [
      {
        text: `SELECT k."timeZone", k."country", k."region", count(*) FROM "Contact" k WHERE k."listId" = $2 ${t("k")}
               GROUP BY 1, 2, 3`,
        values: [x.tenantId, x.bigListId],
      },
    ],
  },
];

/** CPU milliseconds a local process has used (Linux /proc), or null. */
function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, USER_HZ = 100
  } catch {
    return null;
  }
}

const backendPid = async (client: pg.Client) =>
  (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;

async function transaction(client: pg.Client, setup: string | null, queries: { text: string; values: unknown[] }[]) {
  const started = performance.now();
  await client.query("BEGIN");
  if (setup) await client.query(setup);
  for (const q of queries) await client.query(q);
  await client.query("COMMIT");
  return performance.now() - started;
}

export async function measureRlsOverhead(
  ownerUrl: string,
  appUrl: string,
  target: RlsTarget,
  iterations: number,
): Promise<RlsOverhead> {
  const owner = new pg.Client({ connectionString: ownerUrl });
  const app = new pg.Client({ connectionString: appUrl });
  await Promise.all([owner.connect(), app.connect()]);
  try {
    const bypass = await owner.query<{ bypass: boolean }>(
      `SELECT rolsuper OR rolbypassrls AS bypass FROM pg_roles WHERE rolname = current_user`,
    );
    const ownerBypassesRls = bypass.rows[0]?.bypass ?? false;
    const [ownerPid, appPid] = [await backendPid(owner), await backendPid(app)];
    const quote = (v: string) => `'${v.replaceAll("'", "''")}'`;
    const setup = {
      tenant: `SELECT set_config('app.tenant_id', ${quote(target.tenantId)}, true)`,
      user: `SELECT set_config('app.user_id', ${quote(target.userId)}, true)`,
    };
    const sets: RlsSetResult[] = [];
    for (const set of SETS) {
      // The owner gets the tenant as an explicit predicate; the app variant leaves it to the policies
      // (it still references $1, which Postgres requires of every parameter sent).
      const explicit = set.queries((alias) => `AND ${alias}."tenantId" = $1`, target);
      const viaRls = set.queries(() => "AND $1::text IS NOT NULL", target);
      const ownerMs: number[] = [];
      const appMs: number[] = [];
      let cpuStart: (number | null)[] = [];
      // The heavy group-by is a hundred times slower than the rest: fewer runs give as stable a median.
      const runs = set.hot ? iterations : Math.max(5, Math.ceil(iterations / 20));
      for (let i = 0; i < runs + 3; i++) {
        if (i === 3) cpuStart = [cpuMs(ownerPid), cpuMs(appPid)];
        const first = i % 2 === 0;
        const a = first ? await transaction(owner, null, explicit) : 0;
        const b = await transaction(app, setup[set.context], viaRls);
        const c = first ? 0 : await transaction(owner, null, explicit);
        if (i < 3) continue; // warm-up: plans and caches
        ownerMs.push(a + c);
        appMs.push(b);
      }
      const cpuEnd = [cpuMs(ownerPid), cpuMs(appPid)];
      const perTx = (end: number | null | undefined, start: number | null | undefined) =>
        end === null || end === undefined || start === null || start === undefined
          ? null
          : round3((end - start) / ownerMs.length);
      const o = percentile(
        ownerMs.sort((x, y) => x - y),
        50,
      );
      const p = percentile(
        appMs.sort((x, y) => x - y),
        50,
      );
      sets.push({
        set: set.name,
        ownerMs: round3(o),
        appMs: round3(p),
        overheadPercent: round1((p / o - 1) * 100),
        ownerCpuMs: perTx(cpuEnd[0], cpuStart[0]),
        appCpuMs: perTx(cpuEnd[1], cpuStart[1]),
      });
    }
    const hot = sets.filter((s) => SETS.find((x) => x.name === s.set)!.hot);
    const ownerMs = hot.reduce((sum, s) => sum + s.ownerMs, 0);
    const appMs = hot.reduce((sum, s) => sum + s.appMs, 0);
    const cpu = hot.every((s) => s.ownerCpuMs !== null && s.appCpuMs !== null)
      ? { owner: hot.reduce((sum, s) => sum + s.ownerCpuMs!, 0), app: hot.reduce((sum, s) => sum + s.appCpuMs!, 0) }
      : null;
    return {
      iterations,
      ownerBypassesRls,
      sets,
      ownerMs: round3(ownerMs),
      appMs: round3(appMs),
      overheadPercent: round1((appMs / ownerMs - 1) * 100),
      cpuOverheadPercent: cpu && cpu.owner > 0 ? round1((cpu.app / cpu.owner - 1) * 100) : null,
    };
  } finally {
    await Promise.all([owner.end(), app.end()]);
  }
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;
