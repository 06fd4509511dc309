/**
 * The portal benchmark's HTTP side: signing in through next-auth's API (as e2e/campaign-ordering.spec.ts
 * does), the routes a signed-in user requests, and a closed-loop load of concurrent users with
 * per-route latency percentiles.
 */

export interface VirtualUser {
  email: string;
  /** Cookie header with the session token. */
  cookie: string;
  /** Each user is its own client address, as behind a proxy that sets X-Forwarded-For. */
  ip: string;
  routes: Route[];
}

export interface Route {
  /** The name results are grouped by, e.g. "trpc campaign.list" or "page /portal/[orgId]". */
  name: string;
  kind: "page" | "trpc" | "floor";
  path: string;
}

export interface RouteStats {
  route: string;
  kind: Route["kind"];
  count: number;
  errors: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Non-2xx answers by HTTP status ("0" = no answer). */
  errorStatuses: Record<string, number>;
}

const cookiePair = (setCookie: string) => setCookie.split(";")[0]!;

/** Signs in with email + password; returns the Cookie header carrying the session token. */
export async function signIn(baseUrl: string, email: string, password: string, ip: string): Promise<string> {
  const headers = { "x-forwarded-for": ip };
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`, { headers });
  if (!csrfRes.ok) throw new Error(`GET /api/auth/csrf answered ${csrfRes.status}`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const csrfCookie = csrfRes.headers.getSetCookie().map(cookiePair).join("; ");
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      ...headers,
      origin: new URL(baseUrl).origin, // a browser's write names its origin; the portal refuses one that does not
      cookie: csrfCookie,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  await res.arrayBuffer();
  const session = res.headers
    .getSetCookie()
    .map(cookiePair)
    .find((c) => /^(__Secure-)?next-auth\.session-token=/.test(c));
  if (!session) throw new Error(`sign-in of ${email} failed (HTTP ${res.status}, no session cookie)`);
  return session;
}

/** A tRPC query as httpBatchLink sends it (GET, superjson input), one procedure per request. */
export function trpcPath(procedure: string, input: unknown): string {
  const batch = JSON.stringify({
    0: { json: input ?? null, ...(input === undefined ? { meta: { values: ["undefined"] } } : {}) },
  });
  return `/api/trpc/${procedure}?batch=1&input=${encodeURIComponent(batch)}`;
}

export interface Sample {
  route: string;
  kind: Route["kind"];
  ms: number;
  status: number;
}

async function timed(baseUrl: string, user: VirtualUser, route: Route): Promise<Sample> {
  const started = performance.now();
  let status = 0;
  try {
    const res = await fetch(baseUrl + route.path, {
      redirect: "manual",
      headers: { cookie: user.cookie, "x-forwarded-for": user.ip, accept: route.kind === "page" ? "text/html" : "*/*" },
    });
    await res.arrayBuffer(); // the whole document or response, as a browser waits for it
    status = res.status;
  } catch {
    status = 0;
  }
  return { route: route.name, kind: route.kind, ms: performance.now() - started, status };
}

/**
 * Every user requests one of its routes, waits for the whole response, thinks `thinkMs` (±50 %), and
 * goes again, until `durationMs` has passed. Routes are taken in a shuffled round so each is hit evenly.
 */
export async function runLoad(
  baseUrl: string,
  users: VirtualUser[],
  opts: { durationMs: number; thinkMs: number },
): Promise<{ samples: Sample[]; wallMs: number }> {
  const samples: Sample[] = [];
  const started = performance.now();
  const deadline = started + opts.durationMs;
  await Promise.all(
    users.map(async (user, i) => {
      // Stagger the start so 50 users do not arrive in the same millisecond.
      await sleep((i * Math.max(opts.thinkMs, 20)) / users.length);
      let round: Route[] = [];
      while (performance.now() < deadline) {
        if (round.length === 0) round = shuffle([...user.routes]);
        samples.push(await timed(baseUrl, user, round.pop()!));
        if (opts.thinkMs > 0) await sleep(opts.thinkMs * (0.5 + Math.random()));
      }
    }),
  );
  return { samples, wallMs: performance.now() - started };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export function summarize(samples: Sample[]): RouteStats[] {
  const byRoute = new Map<string, Sample[]>();
  for (const s of samples) {
    const list = byRoute.get(s.route) ?? [];
    list.push(s);
    byRoute.set(s.route, list);
  }
  return [...byRoute.entries()]
    .map(([route, list]) => {
      const ms = list.map((s) => s.ms).sort((a, b) => a - b);
      const failed = list.filter((s) => !isOk(s.status));
      const errorStatuses: Record<string, number> = {};
      for (const f of failed) errorStatuses[f.status] = (errorStatuses[f.status] ?? 0) + 1;
      return {
        route,
        kind: list[0]!.kind,
        count: list.length,
        errors: failed.length,
        p50Ms: round1(percentile(ms, 50)),
        p95Ms: round1(percentile(ms, 95)),
        maxMs: round1(ms.at(-1) ?? 0),
        errorStatuses,
      };
    })
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.route.localeCompare(b.route));
}

const isOk = (status: number) => status >= 200 && status < 300;
export const round1 = (n: number) => Math.round(n * 10) / 10;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function shuffle<T>(list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}
