import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { signUpForTest } from "../api/testing";
import { SIGN_IN_LIMIT } from "./rate-limit";
import { SIGN_IN_THROTTLE } from "./sign-in-throttle";

// Over real HTTP against the running test server (scripts/web-server.ts in front of `next start`),
// which trusts one proxy hop in the test stack: the right-most X-Forwarded-For entry is the client.

// APP_URL, not BASE_URL: Vitest sets BASE_URL to Vite's base ("/").
const BASE_URL = process.env.APP_URL;
const MAIL_WEB_URL = process.env.MAIL_WEB_URL;
if (!BASE_URL || !MAIL_WEB_URL) throw new Error("APP_URL and MAIL_WEB_URL are required (run through `npm test`)");

/** A browser's write names its origin; the portal refuses one that does not (proxy.ts, decision 90). */
const ORIGIN = new URL(BASE_URL).origin;
const suffix = `${Date.now()}-${randomUUID().slice(0, 6)}`;
const PASSWORD = "orchid lantern quarry";
const cookiePair = (setCookie: string) => setCookie.split(";")[0]!;
/** A documentation address (RFC 5737) of its own per call, so tests never share a bucket. */
let nextHost = Math.floor(Math.random() * 200);
const freshIp = () => `203.0.113.${(nextHost++ % 250) + 1}`;

interface SignInResult {
  cookie?: string;
  error?: string;
}

/** next-auth's credentials sign-in, as the form does it; `forwardedFor` is the whole header. */
async function signIn(email: string, password: string, forwardedFor: string): Promise<SignInResult> {
  const headers = { "x-forwarded-for": forwardedFor };
  const csrfRes = await fetch(`${BASE_URL}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const csrfCookie = csrfRes.headers.getSetCookie().map(cookiePair).join("; ");
  const res = await fetch(`${BASE_URL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, origin: ORIGIN, cookie: csrfCookie, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const body = (await res.json().catch(() => ({}))) as { url?: string };
  const session = res.headers
    .getSetCookie()
    .map(cookiePair)
    .find((c) => /^(__Secure-)?next-auth\.session-token=/.test(c));
  const error = body.url ? (new URL(body.url).searchParams.get("error") ?? undefined) : undefined;
  return { cookie: session ? `${csrfCookie}; ${session}` : undefined, error };
}

async function meStatus(cookie: string): Promise<number> {
  const res = await fetch(`${BASE_URL}/api/trpc/me.get`, { headers: { cookie } });
  await res.arrayBuffer();
  return res.status;
}

async function trpcMutation(path: string, input: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${BASE_URL}/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": freshIp(), ...headers },
    body: JSON.stringify({ json: input }),
  });
  return { status: res.status, body: (await res.json()) as { result?: { data: { json: unknown } }; error?: unknown } };
}

interface SinkEmail {
  subject: string;
  html: string;
  to: { address: string }[];
}
async function emailsTo(address: string): Promise<SinkEmail[]> {
  const emails = (await (await fetch(`${MAIL_WEB_URL}/api/email`)).json()) as SinkEmail[];
  return emails.filter((e) => e.to.some((t) => t.address.toLowerCase() === address));
}
async function waitForEmail(address: string, subject: RegExp): Promise<SinkEmail> {
  for (let i = 0; i < 60; i++) {
    const found = (await emailsTo(address)).find((e) => subject.test(e.subject));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no email to ${address} matching ${subject}`);
}
const linkFrom = (email: SinkEmail, contains: string) =>
  [...email.html.matchAll(/href="([^"]+)"/g)]
    .map((m) => m[1]!.replaceAll("&amp;", "&"))
    .find((h) => h.includes(contains))!;

let email: string;
beforeAll(async () => {
  email = `http-${suffix}@int.test`;
  await signUpForTest({ companyName: `HTTP Co ${suffix}`, name: "Hugo HTTP", email, password: PASSWORD });
});

describe("client address", () => {
  it("a new forged X-Forwarded-For value per request does not escape the per-address sign-in limit", async () => {
    const realAddress = freshIp();
    for (let i = 0; i < SIGN_IN_LIMIT.perIp; i++) {
      // A different unknown account each time, so only the per-address limit can stop it.
      const result = await signIn(`nobody-${i}-${suffix}@int.test`, "wrong password", `10.66.${i}.1, ${realAddress}`);
      expect(result.error, `attempt ${i + 1}`).toBe("CredentialsSignin");
    }
    const blocked = await signIn(`nobody-x-${suffix}@int.test`, "wrong password", `10.66.250.1, ${realAddress}`);
    expect(blocked.error).toBe("RateLimited");
    // Another real address is not affected.
    expect((await signIn(email, PASSWORD, `10.66.250.1, ${freshIp()}`)).cookie).toBeDefined();
  });
});

describe("sign-in throttling per account and address", () => {
  it("an attacker's wrong passwords slow only the attacker; the real user signs in from elsewhere at once", async () => {
    const attacker = freshIp();
    // Enough guesses that the last delay is several seconds, however slow the machine.
    for (let i = 0; i < SIGN_IN_THROTTLE.freeAttempts + 6; i++) await signIn(email, "guess", attacker);
    // The attacker now waits, even with the right password...
    expect((await signIn(email, PASSWORD, attacker)).error).toBe("RateLimited");
    // ...but the owner, from their own address, is not locked out.
    const owner = await signIn(email, PASSWORD, freshIp());
    expect(owner.error).toBeUndefined();
    expect(owner.cookie).toBeDefined();
  });
});

describe("sign-out", () => {
  it("ends the session on the server: a copied cookie stops working for me.get at once", async () => {
    const { cookie } = await signIn(email, PASSWORD, freshIp());
    expect(cookie).toBeDefined();
    const copied = cookie!;
    expect(await meStatus(copied)).toBe(200);

    const { csrfToken } = (await (
      await fetch(`${BASE_URL}/api/auth/csrf`, { headers: { cookie: copied } })
    ).json()) as {
      csrfToken: string;
    };
    const out = await fetch(`${BASE_URL}/api/auth/signout`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie: copied, origin: ORIGIN, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, json: "true" }),
    });
    await out.arrayBuffer();
    expect(out.status).toBeLessThan(400);

    const started = Date.now();
    expect(await meStatus(copied)).toBe(401);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("'sign out everywhere' ends every session of the user", async () => {
    const first = (await signIn(email, PASSWORD, freshIp())).cookie!;
    const second = (await signIn(email, PASSWORD, freshIp())).cookie!;
    expect(await meStatus(second)).toBe(200);
    const res = await trpcMutation("me.signOutEverywhere", null, { cookie: first });
    expect(res.status).toBe(200);
    expect(await meStatus(first)).toBe(401);
    expect(await meStatus(second)).toBe(401);
  });
});

describe("sign-up does not tell whether an account exists", () => {
  it("answers the same for a taken and a new address; the owner gets a notice, the new address a link", async () => {
    const fresh = `fresh-${suffix}@int.test`;
    const form = (address: string) => ({
      companyName: "Probe Co",
      name: "Pat Probe",
      email: address,
      password: "violet harbor engine",
    });
    const taken = await trpcMutation("auth.signUp", form(email));
    const created = await trpcMutation("auth.signUp", form(fresh));
    expect(taken.status).toBe(200);
    expect(created.status).toBe(200);
    expect(taken.body.result?.data.json).toEqual({ email });
    expect(created.body.result?.data.json).toEqual({ email: fresh });

    const notice = await waitForEmail(email, /tried to sign up/);
    expect(linkFrom(notice, "/signin/forgot")).toBeDefined();

    // The new address's link creates the account, once; then the password signs in.
    const confirm = await waitForEmail(fresh, /Confirm your email/);
    const token = new URL(linkFrom(confirm, "/signup/confirm")).searchParams.get("token")!;
    expect((await signIn(fresh, "violet harbor engine", freshIp())).cookie).toBeUndefined();
    expect((await trpcMutation("auth.confirmSignUp", { token })).status).toBe(200);
    expect((await trpcMutation("auth.confirmSignUp", { token })).status).toBe(404);
    expect((await signIn(fresh, "violet harbor engine", freshIp())).cookie).toBeDefined();
  });

  it("refuses a short or common password with a clear message", async () => {
    const short = await trpcMutation("auth.signUp", {
      companyName: "Probe Co",
      name: "Pat Probe",
      email: `short-${suffix}@int.test`,
      password: "aaaaaaaaaa",
    });
    expect(short.status).toBe(400);
    const common = await trpcMutation("auth.signUp", {
      companyName: "Probe Co",
      name: "Pat Probe",
      email: `common-${suffix}@int.test`,
      password: "qwerty123456",
    });
    expect(common.status).toBe(400);
    expect(JSON.stringify(common.body.error)).toContain("too easy to guess");
  });
});

describe("forgot password", () => {
  it("same answer for any address; the link sets a new password once and signs out every session", async () => {
    const address = `reset-${suffix}@int.test`;
    await signUpForTest({ companyName: `Reset Co ${suffix}`, name: "Rae Reset", email: address, password: PASSWORD });
    const session = (await signIn(address, PASSWORD, freshIp())).cookie!;
    expect(await meStatus(session)).toBe(200);

    const unknown = await trpcMutation("auth.requestPasswordReset", { email: `nobody-${suffix}@int.test` });
    const known = await trpcMutation("auth.requestPasswordReset", { email: address });
    expect(unknown.status).toBe(200);
    expect(known.status).toBe(200);

    const mail = await waitForEmail(address, /Reset your Callwright password/);
    const token = new URL(linkFrom(mail, "/signin/reset")).searchParams.get("token")!;
    expect((await trpcMutation("auth.resetPassword", { token, password: "qwerty123456" })).status).toBe(400);
    expect((await trpcMutation("auth.resetPassword", { token, password: "amber falcon meadow" })).status).toBe(200);
    expect((await trpcMutation("auth.resetPassword", { token, password: "amber falcon meadow 2" })).status).toBe(404);

    expect(await meStatus(session)).toBe(401);
    expect((await signIn(address, PASSWORD, freshIp())).cookie).toBeUndefined();
    expect((await signIn(address, "amber falcon meadow", freshIp())).cookie).toBeDefined();
  });
});
