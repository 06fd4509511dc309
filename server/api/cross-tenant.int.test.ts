import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "../db/system-db";
import { tenantDb } from "../db/tenant-db";
import { storeUpload } from "../domain/contacts/uploads";
import { starterGraph } from "../shared/scripts/script-graph";
import { startSession, type SessionRef } from "../auth/sessions";
import { appRouter, createCaller } from "./root";
import { createContext } from "./trpc";
import { callerFor, signUpForTest } from "./testing";

// Walks EVERY procedure of appRouter. Each one must be listed below, so a new procedure cannot
// skip the cross-tenant check: tenant procedures are called by tenant A's owner with tenant B's
// ids (and with A's own orgId but B's object ids) and must answer NOT_FOUND, never FORBIDDEN or data.

/** One tenant's ids: every kind of object id a procedure input can name. */
interface TenantIds {
  orgId: string;
  campaignId: string;
  membershipId: string;
  /** An escalation contact. */
  contactId: string;
  /** A stored contact file, not imported yet (the file arrives over HTTP; contactImport.start names it). */
  uploadId: string;
  importId: string;
  dncId: string;
}
interface Tenant extends TenantIds {
  userId: string;
  email: string;
}

type Input = Record<string, unknown>;
type Entry =
  /**
   * Scoped by orgId through the tenant gate. `input(ids)` builds a valid input from one tenant's ids;
   * `objectIds` lists the object ids it names, each of which is also swapped in alone for B's.
   */
  | { kind: "tenant"; input: (ids: TenantIds) => Input; objectIds?: (keyof Omit<TenantIds, "orgId">)[] }
  | { kind: "operator"; input: (b: Tenant) => Input | undefined; reason: string }
  | { kind: "user"; reason: string }
  | { kind: "public"; reason: string };

const escalationContact = {
  name: "Dana Supervisor",
  role: "Shift lead",
  phone: "030 1234567",
  phoneCountry: "DE" as const,
  email: "dana@example.com",
  channels: ["WARM_TRANSFER" as const],
  timeZone: "Europe/Berlin",
  windows: [{ days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00" }],
};

const PROCEDURES: Record<string, Entry> = {
  "auth.signUp": {
    kind: "public",
    reason: "emails a confirmation link (or a notice to an existing owner); names no existing tenant",
  },
  "auth.confirmSignUp": {
    kind: "public",
    reason: "the emailed secret token is the capability; creates a new organization; a forged token is checked below",
  },
  "auth.requestPasswordReset": {
    kind: "public",
    reason: "answers the same for any address; the link goes only to the account's own email",
  },
  "auth.resetPassword": {
    kind: "public",
    reason: "the emailed secret token is the capability; a forged token is checked below",
  },
  "me.get": { kind: "user", reason: "the signed-in user's own profile and memberships only (checked below)" },
  "me.signOutEverywhere": { kind: "user", reason: "ends the caller's own sessions only (checked below)" },
  "invitation.preview": {
    kind: "public",
    reason: "the secret token is the capability; a forged token is checked below",
  },
  "invitation.accept": {
    kind: "public",
    reason: "the secret token is the capability; a forged token is checked below",
  },
  "operator.tenants": {
    kind: "operator",
    input: () => undefined,
    reason: "operator staff only, through the audited operator scope",
  },
  "operator.setUserDisabled": {
    kind: "operator",
    input: (b) => ({ email: b.email, disabled: true }),
    reason: "OPERATOR_ADMIN only",
  },

  "campaign.create": {
    kind: "tenant",
    input: (t) => ({ orgId: t.orgId, name: "Cross-tenant probe", description: "" }),
  },
  "campaign.list": { kind: "tenant", input: (t) => ({ orgId: t.orgId }) },
  "campaign.get": {
    kind: "tenant",
    input: (t) => ({ orgId: t.orgId, campaignId: t.campaignId }),
    objectIds: ["campaignId"],
  },
  "campaignSettings.get": {
    kind: "tenant",
    input: (t) => ({ orgId: t.orgId, campaignId: t.campaignId }),
    objectIds: ["campaignId"],
  },
  "campaignSettings.update": {
    kind: "tenant",
    input: (t) => ({
      orgId: t.orgId,
      campaignId: t.campaignId,
      patch: { section: "basics", type: "SURVEY", name: "Hijacked name", description: "" },
    }),
    objectIds: ["campaignId"],
  },
  "escalation.list": {
    kind: "tenant",
    input: (t) => ({ orgId: t.orgId, campaignId: t.campaignId }),
    objectIds: ["campaignId"],
  },
  "escalation.create": {
    kind: "tenant",
    input: (t) => ({ orgId: t.orgId, campaignId: t.campaignId, contact: escalationContact }),
    objectIds: ["campaignId"],
  },
  "escalation.update": {
    kind: "tenant",
    input: (t) => ({
      orgId: t.orgId,
      campaignId: t.campaignId,
      contactId: t.contactId,
      contact: { ...escalationContact, name: "Hijacked" },
    }),
    objectIds: ["campaignId", "contactId"],
  },
  "escalation.delete": {
    kind: "tenant",
    input: (t) => ({ orgId: t.orgId, campaignId: t.campaignId, contactId: t.contactId }),
    objectIds: ["campaignId", "contactId"],
  },
  "escalation.reorder": {
    kind: "tenant",
    input: (t) => ({ orgId: t.orgId, campaignId: t.campaignId, contactId: t.contactId, direction: "down" }),
    objectIds: ["campaignId", "contactId"],
  },
  "script.get": {
    kind: "tenant",
    input: (t) => ({ orgId: t.orgId, campaignId: t.campaignId }),
    objectIds: ["campaignId"],
  },
  "script.save": {
    kind: "tenant",
    input: (t) => ({ orgId: t.orgId, campaignId: t.campaignId, graph: starterGraph(), baseVersionId: null }),
    objectIds: ["campaignId"],
  },
  "script.validate": {
    kind: "tenant",
    input: (t) => ({ orgId: t.orgId, campaignId: t.campaignId, graph: starterGraph() }),
    objectIds: ["campaignId"],
  },
  "submission.preflight": {
    kind: "tenant",
    input: (t) => ({ orgId: t.orgId, campaignId: t.campaignId }),
    objectIds: ["campaignId"],
  },
  "submission.quote": {
    kind: "tenant",
    input: (t) => ({ orgId: t.orgId, campaignId: t.campaignId }),
    objectIds: ["campaignId"],
  },
  "submission.status": {
    kind: "tenant",
    input: (t) => ({ orgId: t.orgId, campaignId: t.campaignId }),
    objectIds: ["campaignId"],
  },
  "submission.submit": {
    kind: "tenant",
    input: (t) => ({ orgId: t.orgId, campaignId: t.campaignId }),
    objectIds: ["campaignId"],
  },
  "review.queue": {
    kind: "operator",
    input: () => undefined,
    reason: "operator admins and supervisors, through the audited operator scope",
  },
  "review.get": {
    kind: "operator",
    input: () => ({ submissionId: "probe" }),
    reason: "operator admins and supervisors, through the audited operator scope",
  },
  "review.approve": {
    kind: "operator",
    input: () => ({ submissionId: "probe" }),
    reason: "operator admins and supervisors, through the audited operator scope",
  },
  "review.reject": {
    kind: "operator",
    input: () => ({ submissionId: "probe", comment: "probe" }),
    reason: "operator admins and supervisors, through the audited operator scope",
  },
  "ratePlan.list": {
    kind: "operator",
    input: () => undefined,
    reason: "operator admins and billing admins, through the audited operator scope",
  },
  "ratePlan.save": {
    kind: "operator",
    input: (b) => ({ tenantId: b.orgId, name: "Probe", currency: "EUR", agentHourRate: "1.00", setupFee: "0" }),
    reason: "operator admins and billing admins",
  },
  "ratePlan.remove": {
    kind: "operator",
    input: (b) => ({ tenantId: b.orgId }),
    reason: "operator admins and billing admins",
  },
  "team.list": { kind: "tenant", input: (t) => ({ orgId: t.orgId }) },
  "team.invite": {
    kind: "tenant",
    input: (t) => ({ orgId: t.orgId, email: `probe-${randomUUID()}@int.test`, role: "CLIENT_OWNER" }),
  },
  "team.removeMember": {
    kind: "tenant",
    input: (t) => ({ orgId: t.orgId, membershipId: t.membershipId }),
    objectIds: ["membershipId"],
  },
  "audit.list": { kind: "tenant", input: (t) => ({ orgId: t.orgId }) },
  "contactImport.current": {
    kind: "tenant",
    input: (t) => ({ orgId: t.orgId, campaignId: t.campaignId }),
    objectIds: ["campaignId"],
  },
  "contactImport.start": {
    kind: "tenant",
    input: (t) => ({
      orgId: t.orgId,
      campaignId: t.campaignId,
      uploadId: t.uploadId,
      mapping: { columns: ["phone", "firstName"], defaultCountry: "US" },
    }),
    objectIds: ["campaignId", "uploadId"],
  },
  "contactImport.status": {
    kind: "tenant",
    input: (t) => ({ orgId: t.orgId, importId: t.importId }),
    objectIds: ["importId"],
  },
  "contactImport.cancel": {
    kind: "tenant",
    input: (t) => ({ orgId: t.orgId, importId: t.importId }),
    objectIds: ["importId"],
  },
  "contactImport.rejections": {
    kind: "tenant",
    input: (t) => ({ orgId: t.orgId, importId: t.importId }),
    objectIds: ["importId"],
  },
  "contactImport.summary": {
    kind: "tenant",
    input: (t) => ({ orgId: t.orgId, campaignId: t.campaignId }),
    objectIds: ["campaignId"],
  },
  "contacts.list": {
    kind: "tenant",
    input: (t) => ({ orgId: t.orgId, campaignId: t.campaignId, search: "", after: 0, pageSize: 25 }),
    objectIds: ["campaignId"],
  },
  "dnc.list": { kind: "tenant", input: (t) => ({ orgId: t.orgId }) },
  "dnc.add": { kind: "tenant", input: (t) => ({ orgId: t.orgId, phone: "+12125550143", defaultCountry: "US" }) },
  "dnc.remove": { kind: "tenant", input: (t) => ({ orgId: t.orgId, id: t.dncId }), objectIds: ["dncId"] },
  "dnc.upload": { kind: "tenant", input: (t) => ({ orgId: t.orgId, text: "+12125550144", defaultCountry: "US" }) },
};

const procedurePaths = Object.keys(
  (appRouter._def as unknown as { procedures: Record<string, unknown> }).procedures,
).sort();

type Caller = ReturnType<typeof createCaller>;

/** Calls a procedure of a caller by its dotted path ("campaign.get"). */
function call(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
    input: unknown,
  ) => Promise<unknown>;
  return fn(input);
}

async function expectCode(promise: Promise<unknown>, code: TRPCError["code"]) {
  const error = await promise.then(
    (value) => new Error(`expected ${code}, but the call succeeded with ${JSON.stringify(value)?.slice(0, 200)}`),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code, (error as Error).message).toBe(code);
}

const suffix = `${Date.now()}-${randomUUID().slice(0, 6)}`;

async function newTenant(label: string): Promise<Tenant> {
  const email = `${label}-${suffix}@int.test`;
  const { orgId, userId } = await signUpForTest({
    companyName: `Tenant ${label} ${suffix}`,
    name: `Owner ${label}`,
    email,
    password: "int-test-password",
  });
  const caller = callerFor(userId);
  const campaign = await caller.campaign.create({ orgId, name: `Campaign of ${label}`, description: "" });
  const contact = await caller.escalation.create({
    orgId,
    campaignId: campaign.id,
    contact: { ...escalationContact, name: `Contact of ${label}` },
  });
  // A second contact, so "reorder down" has somewhere to go if a probe ever got through.
  await caller.escalation.create({
    orgId,
    campaignId: campaign.id,
    contact: { ...escalationContact, name: `Second contact of ${label}` },
  });
  const membership = await tenantDb(orgId).tx((tx) =>
    tx.membership.findFirstOrThrow({ where: { userId }, select: { id: true } }),
  );
  const { importId, dncId } = await tenantDb(orgId).tx(async (tx) => ({
    importId: (
      await tx.contactImport.create({
        data: {
          tenantId: orgId,
          campaignId: campaign.id,
          status: "RUNNING",
          fileName: "probe.csv",
          fileSize: 1,
          createdById: userId,
        },
      })
    ).id,
    dncId: (await tx.dncEntry.create({ data: { tenantId: orgId, phoneE164: "+12125550142" } })).id,
  }));
  const upload = await storeUpload({
    tenantId: orgId,
    campaignId: campaign.id,
    userId,
    fileName: `${label}.csv`,
    body: [Buffer.from("phone,firstName\n+12127341234,Ann\n", "utf8")],
  });
  return {
    orgId,
    userId,
    email,
    campaignId: campaign.id,
    membershipId: membership.id,
    contactId: contact.id,
    uploadId: upload.uploadId,
    importId,
    dncId,
  };
}

let A: Tenant;
let B: Tenant;
let agentUserId: string;

beforeAll(async () => {
  [A, B] = await Promise.all([newTenant("a"), newTenant("b")]);
  const agent = await systemDb().user.findUniqueOrThrow({
    where: { email: "agent1@callwright.test" },
    select: { id: true },
  });
  agentUserId = agent.id;
});

describe("cross-tenant access through the whole appRouter", () => {
  it("the table lists every procedure of appRouter, and nothing else", () => {
    expect(procedurePaths.length).toBeGreaterThan(0);
    const missing = procedurePaths.filter((p) => !(p in PROCEDURES));
    const stale = Object.keys(PROCEDURES).filter((p) => !procedurePaths.includes(p));
    expect(missing, "procedures without a cross-tenant entry in this test: add them to PROCEDURES").toEqual([]);
    expect(stale, "entries for procedures that no longer exist").toEqual([]);
  });

  const tenantPaths = Object.entries(PROCEDURES)
    .filter(([, e]) => e.kind === "tenant")
    .map(([p]) => p);
  const operatorPaths = Object.entries(PROCEDURES)
    .filter(([, e]) => e.kind === "operator")
    .map(([p]) => p);
  const signedInPaths = Object.entries(PROCEDURES)
    .filter(([, e]) => e.kind !== "public")
    .map(([p]) => p);

  it.each(tenantPaths)("%s: tenant A with tenant B's orgId and ids → NOT_FOUND", async (path) => {
    const entry = PROCEDURES[path] as Extract<Entry, { kind: "tenant" }>;
    await expectCode(call(callerFor(A.userId), path, entry.input(B)), "NOT_FOUND");
  });

  const withObjectIds = tenantPaths.filter(
    (p) => (PROCEDURES[p] as Extract<Entry, { kind: "tenant" }>).objectIds?.length,
  );
  it.each(withObjectIds)("%s: tenant A's own orgId with tenant B's object ids → NOT_FOUND", async (path) => {
    const entry = PROCEDURES[path] as Extract<Entry, { kind: "tenant" }>;
    await expectCode(call(callerFor(A.userId), path, entry.input({ ...B, orgId: A.orgId })), "NOT_FOUND");
    // And each of B's ids smuggled alone among A's own (e.g. A's campaign with B's escalation contact).
    for (const key of entry.objectIds ?? []) {
      await expectCode(call(callerFor(A.userId), path, entry.input({ ...A, [key]: B[key] })), "NOT_FOUND");
    }
  });

  it.each(tenantPaths)("%s: operator staff are not members of a client tenant either → NOT_FOUND", async (path) => {
    const entry = PROCEDURES[path] as Extract<Entry, { kind: "tenant" }>;
    await expectCode(call(callerFor(agentUserId), path, entry.input(B)), "NOT_FOUND");
  });

  it.each(operatorPaths)("%s: a client user → FORBIDDEN, an agent → FORBIDDEN", async (path) => {
    const entry = PROCEDURES[path] as Extract<Entry, { kind: "operator" }>;
    await expectCode(call(callerFor(A.userId), path, entry.input(B)), "FORBIDDEN");
    await expectCode(call(callerFor(agentUserId), path, entry.input(B)), "FORBIDDEN");
  });

  it.each(signedInPaths)("%s: signed out → UNAUTHORIZED", async (path) => {
    const entry = PROCEDURES[path]!;
    const input = entry.kind === "tenant" || entry.kind === "operator" ? entry.input(B) : undefined;
    await expectCode(call(callerFor(null), path, input), "UNAUTHORIZED");
  });

  it("me.get shows only the caller's own memberships", async () => {
    const me = await callerFor(A.userId).me.get();
    expect(me.memberships.map((m) => m.tenantId)).toEqual([A.orgId]);
    expect(me.homePath).toBe(`/portal/${A.orgId}`);
  });

  it("me.signOutEverywhere ends only the caller's own sessions", async () => {
    const [a, b] = await Promise.all([startSession(A.userId), startSession(B.userId)]);
    const as = (session: SessionRef) => createCaller(createContext({ session, headers: new Headers() }));
    await as(a).me.signOutEverywhere();
    await expectCode(as(a).me.get(), "UNAUTHORIZED");
    await expect(as(b).me.get()).resolves.toMatchObject({ email: B.email });
  });

  it("sign-up confirmation and password reset: a forged token → NOT_FOUND", async () => {
    await expectCode(callerFor(null).auth.confirmSignUp({ token: "x".repeat(43) }), "NOT_FOUND");
    await expectCode(
      callerFor(null).auth.resetPassword({ token: "x".repeat(43), password: "mallory picks a long one" }),
      "NOT_FOUND",
    );
  });

  it("invitation tokens: a token naming tenant B with a forged secret → NOT_FOUND", async () => {
    const forged = `${B.orgId}.${"x".repeat(32)}`;
    await expectCode(callerFor(null).invitation.preview({ token: forged }), "NOT_FOUND");
    await expectCode(
      callerFor(A.userId).invitation.accept({ token: forged, name: "Mallory", password: "mallory-password" }),
      "NOT_FOUND",
    );
  });

  it("tenant A's own lists never include tenant B's rows", async () => {
    const a = callerFor(A.userId);
    const campaigns = await a.campaign.list({ orgId: A.orgId });
    expect(campaigns.map((c) => c.id)).not.toContain(B.campaignId);
    const team = await a.team.list({ orgId: A.orgId });
    expect(team.members.map((m) => m.id)).not.toContain(B.membershipId);
    expect(team.members.map((m) => m.user.email)).toEqual([A.email]);
    const audit = await a.audit.list({ orgId: A.orgId });
    expect(audit.length).toBeGreaterThan(0);
    expect(audit.map((r) => r.targetId)).not.toContain(B.campaignId);
  });

  it("after all the probes, tenant B is intact", async () => {
    const b = callerFor(B.userId);
    const campaign = await b.campaign.get({ orgId: B.orgId, campaignId: B.campaignId });
    expect(campaign.name).toBe("Campaign of b");
    expect((await b.campaign.list({ orgId: B.orgId })).map((c) => c.id)).toEqual([B.campaignId]);
    const contacts = await b.escalation.list({ orgId: B.orgId, campaignId: B.campaignId });
    expect(JSON.stringify(contacts)).toContain("Contact of b");
    expect(JSON.stringify(contacts)).not.toContain("Hijacked");
    const script = await b.script.get({ orgId: B.orgId, campaignId: B.campaignId });
    expect(script.versions).toEqual([]);
    const team = await b.team.list({ orgId: B.orgId });
    expect(team.members.map((m) => m.id)).toEqual([B.membershipId]);
    expect(team.invitations).toEqual([]);
    const audit = await b.audit.list({ orgId: B.orgId });
    expect(audit.every((r) => r.actorUserId === B.userId)).toBe(true);
    const dnc = await b.dnc.list({ orgId: B.orgId });
    expect(dnc.entries.map((e) => e.id)).toEqual([B.dncId]);
    await expect(b.contactImport.status({ orgId: B.orgId, importId: B.importId })).resolves.toBeTruthy();
    const owner = await systemDb().user.findUniqueOrThrow({ where: { id: B.userId } });
    expect(owner.disabledAt).toBeNull();
  });
});
