import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "../db/system-db";
import { AppError } from "../errors";
import { callwrightAdapter } from "./adapter";
import { authOptions } from "./options";
import { hashPassword, verifyPassword } from "./password";
import { CLIENT_IP_HEADER } from "./client-ip";
import { hitRateLimit } from "./rate-limit";
import { endSession, startSession, type SessionRef } from "./sessions";
import { delayAfterFailures, SIGN_IN_THROTTLE } from "./sign-in-throttle";
import { loadSessionUser } from "./session-user";
import { createCaller } from "../api/root";
import { callerFor, signUpForTest } from "../api/testing";
import { createContext } from "../api/trpc";

const suffix = `${Date.now()}-${randomUUID().slice(0, 6)}`;

async function trpcCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
  return "OK";
}

let user: { email: string; userId: string; orgId: string };
let adminId: string;

beforeAll(async () => {
  const email = `auth-${suffix}@int.test`;
  const created = await signUpForTest({
    companyName: `Auth Co ${suffix}`,
    name: "Ada Auth",
    email,
    password: "correct horse battery",
  });
  user = { email, ...created };
  adminId = (
    await systemDb().user.findUniqueOrThrow({ where: { email: "admin@callwright.test" }, select: { id: true } })
  ).id;
});

describe("passwords", () => {
  it("are hashed with argon2id, salted, and verified", async () => {
    const stored = await systemDb().user.findUniqueOrThrow({
      where: { id: user.userId },
      select: { passwordHash: true },
    });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain("correct horse battery");
    await expect(verifyPassword(stored.passwordHash, "correct horse battery")).resolves.toBe(true);
    await expect(verifyPassword(stored.passwordHash, "wrong horse battery")).resolves.toBe(false);
    await expect(verifyPassword(null, "anything")).resolves.toBe(false);

    const [h1, h2] = await Promise.all([hashPassword("same password"), hashPassword("same password")]);
    expect(h1).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(h1).not.toBe(h2);
  });
});

describe("rate limits", () => {
  it("hitRateLimit throws TOO_MANY_REQUESTS once the limit is passed", async () => {
    const key = `int:rate:${suffix}`;
    for (let i = 0; i < 3; i++) await expect(hitRateLimit(key, 3, 3600)).resolves.toBeUndefined();
    const error = await hitRateLimit(key, 3, 3600).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("TOO_MANY_REQUESTS");
    expect((error as AppError).message).toMatch(/Too many attempts/);
    // Other keys are unaffected.
    await expect(hitRateLimit(`${key}:other`, 3, 3600)).resolves.toBeUndefined();
  });

  it("wrong passwords slow down one account at one address only, and the right one resets the count", async () => {
    const provider = authOptions().providers.find((p) => p.id === "credentials") as unknown as {
      options: {
        authorize: (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
      };
    };
    const authorize = (password: string, ip: string) =>
      provider.options.authorize({ email: user.email, password }, { headers: { [CLIENT_IP_HEADER]: ip } });
    const attacker = `198.51.100.${Math.floor(Math.random() * 250)}`;

    for (let i = 0; i < SIGN_IN_THROTTLE.freeAttempts + 1; i++) {
      await expect(authorize("wrong password", attacker)).resolves.toBeNull();
    }
    // The attacker's address waits, whatever it sends; the owner elsewhere does not.
    await expect(authorize("correct horse battery", attacker)).rejects.toThrow("RateLimited");
    await expect(authorize("correct horse battery", `${attacker}-owner`)).resolves.toMatchObject({ id: user.userId });

    // After the delay the attacker's address may try again: a slowdown, never a lockout.
    await new Promise((r) => setTimeout(r, delayAfterFailures(SIGN_IN_THROTTLE.freeAttempts + 1) + 100));
    await expect(authorize("correct horse battery", attacker)).resolves.toMatchObject({ id: user.userId });
    await expect(authorize("wrong password", attacker)).resolves.toBeNull(); // counting starts over
  });
});

describe("disabling a user", () => {
  it("ends access at once: loadSessionUser returns null and every tRPC call answers UNAUTHORIZED", async () => {
    const email = `disable-${suffix}@int.test`;
    const victim = await signUpForTest({
      companyName: `Disable Co ${suffix}`,
      name: "Dan Disabled",
      email,
      password: "int-test-password",
    });
    const caller = callerFor(victim.userId);
    const session = await startSession(victim.userId);
    await expect(loadSessionUser(session)).resolves.toMatchObject({
      email,
      memberships: [{ tenantId: victim.orgId, role: "CLIENT_OWNER" }],
    });
    await expect(caller.campaign.list({ orgId: victim.orgId })).resolves.toEqual([]);

    const admin = callerFor(adminId);
    await expect(admin.operator.setUserDisabled({ email, disabled: true })).resolves.toEqual({ email, disabled: true });

    await expect(loadSessionUser(session)).resolves.toBeNull();
    expect(await trpcCode(caller.me.get())).toBe("UNAUTHORIZED");
    expect(await trpcCode(caller.campaign.list({ orgId: victim.orgId }))).toBe("UNAUTHORIZED");
    expect(await trpcCode(caller.team.list({ orgId: victim.orgId }))).toBe("UNAUTHORIZED");
    expect(
      await trpcCode(caller.campaign.create({ orgId: victim.orgId, name: "Should not exist", description: "" })),
    ).toBe("UNAUTHORIZED");

    // A disabled user cannot sign in with the right password either.
    const provider = authOptions().providers.find((p) => p.id === "credentials") as unknown as {
      options: {
        authorize: (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
      };
    };
    await expect(
      provider.options.authorize({ email, password: "int-test-password" }, { headers: {} }),
    ).resolves.toBeNull();

    // Enabling restores access, also at once.
    await admin.operator.setUserDisabled({ email, disabled: false });
    await expect(caller.me.get()).resolves.toMatchObject({ email });
  });

  it("an operator admin cannot disable themself", async () => {
    expect(
      await trpcCode(callerFor(adminId).operator.setUserDisabled({ email: "admin@callwright.test", disabled: true })),
    ).toBe("PRECONDITION_FAILED");
  });
});

describe("server-side sessions", () => {
  it("a signed-out session answers UNAUTHORIZED at once; the user's other sessions keep working", async () => {
    const kept = await startSession(user.userId);
    const ended = await startSession(user.userId);
    const as = (session: SessionRef) => createCaller(createContext({ session, headers: new Headers() }));
    await expect(as(ended).me.get()).resolves.toMatchObject({ email: user.email });

    await endSession(ended.sessionId);
    expect(await trpcCode(as(ended).me.get())).toBe("UNAUTHORIZED");
    await expect(as(kept).me.get()).resolves.toMatchObject({ email: user.email });
    // A made-up session id, or another user's, is no session at all.
    expect(await trpcCode(as({ userId: user.userId, sessionId: "forged" }).me.get())).toBe("UNAUTHORIZED");
    expect(await trpcCode(as({ userId: adminId, sessionId: kept.sessionId }).me.get())).toBe("UNAUTHORIZED");

    await as(kept).me.signOutEverywhere();
    expect(await trpcCode(as(kept).me.get())).toBe("UNAUTHORIZED");
  });
});

describe("magic-link tokens", () => {
  it("are used once, return their real expiry (next-auth checks it against its own clock), and expire", async () => {
    const adapter = callwrightAdapter();
    const identifier = `magic-${suffix}@int.test`;
    const expires = new Date(Date.now() + 15 * 60_000);
    await adapter.createVerificationToken!({ identifier, token: `live-${suffix}`, expires });
    await adapter.createVerificationToken!({
      identifier,
      token: `old-${suffix}`,
      expires: new Date(Date.now() - 1000),
    });

    expect(
      await adapter.useVerificationToken!({ identifier: `someone-else-${suffix}@int.test`, token: `live-${suffix}` }),
    ).toBeNull();
    const used = await adapter.useVerificationToken!({ identifier, token: `live-${suffix}` });
    expect(used).toEqual({ identifier, token: `live-${suffix}`, expires });
    await new Promise((r) => setTimeout(r, 5)); // next-auth reads its clock after the adapter answers
    expect(used!.expires.valueOf()).toBeGreaterThan(Date.now());
    expect(await adapter.useVerificationToken!({ identifier, token: `live-${suffix}` })).toBeNull();
    expect(await adapter.useVerificationToken!({ identifier, token: `old-${suffix}` })).toBeNull();
  });
});
