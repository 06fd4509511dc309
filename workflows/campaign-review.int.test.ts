import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { Client, Connection } from "@temporalio/client";
import { DefaultLogger, NativeConnection, Runtime, Worker } from "@temporalio/worker";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "../server/db/system-db";
import { tenantDb } from "../server/db/tenant-db";
import { defaultDispositions } from "../server/shared/campaigns/dispositions";
import { DEFAULT_RETRY_POLICY } from "../server/shared/campaigns/retry-policy";
import { createActivities } from "./activities";
import { campaignWorkflowId, progressQuery, type LifecycleStage } from "./shared/campaign-lifecycle";
import { callerFor, signUpForTest } from "../server/api/testing";

// Submission and review end to end on the real stack: tRPC callers → Postgres (RLS, operator
// scope) → Temporal dev server → a worker running this code → maildev. The worker runs in this
// process on its own task queue, so the test exercises the workflow code under test (not whatever
// the stack's worker loaded) and can shorten the 24 h reminder to seconds.

const MAIL_WEB_URL = process.env.MAIL_WEB_URL;
const TEMPORAL_ADDRESS = process.env.TEMPORAL_ADDRESS;
if (!MAIL_WEB_URL || !TEMPORAL_ADDRESS)
  throw new Error("MAIL_WEB_URL and TEMPORAL_ADDRESS are required (run through `npm test`)");

const TASK_QUEUE = `review-test-${randomUUID().slice(0, 8)}`;
const REMINDER_MS = 3_000;
const suffix = `${Date.now()}-${randomUUID().slice(0, 6)}`;

async function poll<T>(what: string, fn: () => Promise<T | undefined | null | false>, timeoutMs = 45_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 400));
  }
}

interface SinkEmail {
  subject: string;
  html: string;
  to: { address: string }[];
}
async function emailsTo(address: string): Promise<SinkEmail[]> {
  const res = await fetch(`${MAIL_WEB_URL}/api/email`);
  return ((await res.json()) as SinkEmail[]).filter((e) => e.to.some((t) => t.address === address));
}

async function expectCode(promise: Promise<unknown>, code: TRPCError["code"]) {
  const error = await promise.then(
    () => new Error(`expected ${code}, but it succeeded`),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code, (error as Error).message).toBe(code);
  return error as TRPCError;
}

let connection: Connection;
let temporal: Client;
let worker: Worker;
let workerRun: Promise<void>;
let orgId: string;
let ownerId: string;
const ownerEmail = `review-owner-${suffix}@int.test`;
let adminId: string;
let billingOnly: string;
const reviewerEmails: string[] = [];

/** A draft campaign with its workflow on this test's queue. `complete` fills every wizard step. */
async function newCampaign(name: string, opts: { complete: boolean; escalation?: boolean }) {
  const id = randomUUID();
  const db = tenantDb(orgId, ownerId);
  const startDate = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 0, 5));
  await db.tx(async (tx) => {
    await tx.campaign.create({
      data: { id, tenantId: orgId, name, workflowId: campaignWorkflowId(id), createdById: ownerId },
    });
    if (!opts.complete) return;
    const list = await tx.contactList.create({
      data: { tenantId: orgId, campaignId: id, fields: ["plan"], rowCount: 6 },
    });
    await tx.contactImport.create({
      data: {
        tenantId: orgId,
        campaignId: id,
        listId: list.id,
        status: "SUCCEEDED",
        fileName: "contacts.csv",
        fileSize: 400,
        totalRows: 9,
        processedRows: 9,
        createdById: ownerId,
        counts: { valid: 6, invalid: 1, duplicate: 1, dnc: 1, noTimeZone: 1 },
      },
    });
    const contacts = [
      { phoneE164: "+12125550101", timeZone: "America/New_York", country: "US", region: "NY" },
      { phoneE164: "+12125550102", timeZone: "America/New_York", country: "US", region: "NY" },
      { phoneE164: "+13055550103", timeZone: "America/New_York", country: "US", region: "FL" },
      { phoneE164: "+13055550104", timeZone: "America/New_York", country: "US", region: "FL" },
      { phoneE164: "+33155550105", timeZone: "Europe/Paris", country: "FR", region: null },
      { phoneE164: "+12125550106", timeZone: null, country: null, region: null },
    ];
    await tx.contact.createMany({
      data: contacts.map((c, i) => ({
        ...c,
        tenantId: orgId,
        listId: list.id,
        rowNumber: i + 2,
        firstName: `C${i}`,
        fields: { plan: "gold" },
      })),
    });
    await tx.campaign.update({
      where: { id },
      data: {
        type: "OUTBOUND_SALES",
        startDate,
        endDate: new Date(startDate.getTime() + 13 * 86_400_000),
        // 20–21 h: legal federally, but Florida ends calls at 20:00 and France at 20:00 on weekdays.
        callingWindow: { days: [1, 2, 3, 4, 5], start: "20:00", end: "21:00" },
        dialMode: "PROGRESSIVE",
        retryPolicy: DEFAULT_RETRY_POLICY,
        maxAttempts: 3,
        callerId: "+12125550000",
        dispositions: defaultDispositions("OUTBOUND_SALES"),
        budgetCapMinor: 100,
        currency: "EUR",
        activeContactListId: list.id,
      },
    });
    const script = await tx.script.create({ data: { tenantId: orgId, campaignId: id } });
    await tx.scriptVersion.create({
      data: { tenantId: orgId, scriptId: script.id, version: 1, createdById: ownerId, graph: GRAPH },
    });
    if (opts.escalation !== false) {
      await tx.escalationContact.create({
        data: {
          tenantId: orgId,
          campaignId: id,
          position: 0,
          name: "Sue Pervisor",
          role: "Team lead",
          phoneE164: "+12125550199",
          email: "sue@int.test",
          channels: ["WARM_TRANSFER"],
          timeZone: "America/New_York",
          windows: [{ days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00" }],
        },
      });
    }
  });
  await temporal.workflow.start("campaignLifecycle", {
    taskQueue: TASK_QUEUE,
    workflowId: campaignWorkflowId(id),
    args: [{ tenantId: orgId, campaignId: id, createdByUserId: ownerId, reviewReminderIntervalMs: REMINDER_MS }],
  });
  return id;
}

const GRAPH = {
  startStepId: "hello",
  steps: [
    { id: "hello", title: "Hello", kind: "say", text: "Hello {{contact.firstName}} on the {{contact.plan}} plan" },
    {
      id: "ask",
      title: "Interested?",
      kind: "question",
      text: "Interested?",
      answerType: "SINGLE_CHOICE",
      options: [
        { label: "Yes", value: "yes", next: "boss" },
        { label: "No", value: "no", next: "bye" },
      ],
      required: true,
    },
    { id: "boss", title: "Escalate", kind: "escalate", text: "Let me get my supervisor", next: "sale" },
    { id: "sale", title: "Sale", kind: "end", text: "Great", dispositionCode: "SALE" },
    { id: "bye", title: "Bye", kind: "end", text: "Bye", dispositionCode: "NOT_INTERESTED" },
  ],
};

// The workflow's internal progress query: only tests and the Temporal UI read it.
const reviewState = (campaignId: string) =>
  temporal.workflow.getHandle(campaignWorkflowId(campaignId)).query(progressQuery);
const waitForStage = (campaignId: string, stage: LifecycleStage) =>
  poll(`stage ${stage}`, async () => {
    const s = await reviewState(campaignId);
    return s.stage === stage ? s : undefined;
  });

beforeAll(async () => {
  Runtime.install({ logger: new DefaultLogger("WARN") });
  connection = await Connection.connect({ address: TEMPORAL_ADDRESS });
  temporal = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE ?? "default" });
  worker = await Worker.create({
    connection: await NativeConnection.connect({ address: TEMPORAL_ADDRESS }),
    namespace: process.env.TEMPORAL_NAMESPACE ?? "default",
    taskQueue: TASK_QUEUE,
    workflowsPath: fileURLToPath(new URL("./index.ts", import.meta.url)),
    activities: createActivities(),
  });
  workerRun = worker.run();
  ({ orgId, userId: ownerId } = await signUpForTest({
    companyName: `Review Co ${suffix}`,
    name: "Rita Owner",
    email: ownerEmail,
    password: "int-test-password",
  }));
  const staff = await systemDb().membership.findMany({
    where: { role: { in: ["OPERATOR_ADMIN", "SUPERVISOR", "BILLING_ADMIN"] }, organization: { kind: "OPERATOR" } },
    select: { role: true, user: { select: { id: true, email: true, disabledAt: true } } },
  });
  adminId = staff.find((s) => s.role === "OPERATOR_ADMIN" && !s.user.disabledAt)!.user.id;
  reviewerEmails.push(
    ...staff.filter((s) => s.role !== "BILLING_ADMIN" && !s.user.disabledAt).map((s) => s.user.email),
  );
  billingOnly = staff.find((s) => s.role === "BILLING_ADMIN")?.user.id ?? "";
}, 180_000);

afterAll(async () => {
  worker?.shutdown();
  await workerRun?.catch(() => undefined);
  await connection?.close();
});

describe("pre-flight", () => {
  it("an empty draft has blocking errors, and submit is refused with PRECONDITION_FAILED listing them", async () => {
    const id = await newCampaign(`Empty ${suffix}`, { complete: false });
    const owner = callerFor(ownerId);
    const preflight = await owner.submission.preflight({ orgId, campaignId: id });
    expect(preflight.errors).toEqual(
      expect.arrayContaining([
        "Choose the campaign type",
        "Set the calling window",
        "Upload a contact list",
        "Write the call script",
      ]),
    );
    const error = await expectCode(owner.submission.submit({ orgId, campaignId: id }), "PRECONDITION_FAILED");
    expect(error.message).toContain("Upload a contact list");
    const campaign = await tenantDb(orgId).tx((tx) => tx.campaign.findUniqueOrThrow({ where: { id } }));
    expect(campaign.status).toBe("DRAFT");
    expect(await tenantDb(orgId).tx((tx) => tx.campaignSubmission.count({ where: { campaignId: id } }))).toBe(0);
  });

  it("counts contacts whose window never overlaps the schedule, quotes only the callable ones, and warns on the budget", async () => {
    const id = await newCampaign(`Counts ${suffix}`, { complete: true });
    const p = await callerFor(ownerId).submission.preflight({ orgId, campaignId: id });
    expect(p.errors).toEqual([]);
    // Florida ×2 and France ×1 can never be called 20–21 h; one contact has no zone; New York ×2 remain.
    expect(p.counts).toEqual({
      listSize: 9,
      valid: 6,
      invalid: 1,
      duplicate: 1,
      dnc: 1,
      noTimeZone: 1,
      windowNeverOverlaps: 3,
      callable: 2,
    });
    // 2 contacts × 25 % → 1 reached × 240 s + 1 unreached × 3 attempts × 30 s = 330 s → 6 min → 6 × 3200 / 60 = 320
    expect(p.quote).toMatchObject({
      listSize: 2,
      expectedContacts: 1,
      agentMinutes: 6,
      amountMinor: 320,
      currency: "EUR",
    });
    expect(p.checks.find((c) => c.id === "budget.belowQuote")?.level).toBe("warning");
    expect(p.checks.find((c) => c.id === "contacts.windowNeverOverlaps")?.level).toBe("warning");
    const quote = await callerFor(ownerId).submission.quote({ orgId, campaignId: id });
    expect(quote.quote).toEqual(p.quote);
  });

  it("a script with an escalate step and no escalation contact blocks submission", async () => {
    const id = await newCampaign(`No escalation ${suffix}`, { complete: true, escalation: false });
    const p = await callerFor(ownerId).submission.preflight({ orgId, campaignId: id });
    expect(p.checks.find((c) => c.id === "escalation.missing")?.level).toBe("error");
    await expectCode(callerFor(ownerId).submission.submit({ orgId, campaignId: id }), "PRECONDITION_FAILED");
  });
});

describe("submit → review → decision", () => {
  let campaignId: string;
  let firstSubmission: string;

  it("submit stores the submission with quote and pre-flight, marks the script SUBMITTED, audits, and signals the workflow", async () => {
    campaignId = await newCampaign(`Journey ${suffix}`, { complete: true });
    await waitForStage(campaignId, "AWAITING_SUBMISSION");
    const result = await callerFor(ownerId).submission.submit({ orgId, campaignId });
    expect(result).toMatchObject({ status: "SUBMITTED", signalled: true });
    firstSubmission = result.submissionId;
    const { campaign, submission, version, audit } = await tenantDb(orgId).tx(async (tx) => ({
      campaign: await tx.campaign.findUniqueOrThrow({ where: { id: campaignId } }),
      submission: await tx.campaignSubmission.findUniqueOrThrow({ where: { id: firstSubmission } }),
      version: await tx.scriptVersion.findFirstOrThrow({ where: { script: { campaignId } } }),
      audit: await tx.auditLog.findMany({ where: { targetId: campaignId, action: "campaign.submitted" } }),
    }));
    expect(campaign.status).toBe("SUBMITTED");
    expect(campaign.submittedAt).not.toBeNull();
    expect(submission.scriptVersionId).toBe(version.id);
    expect(version.status).toBe("SUBMITTED");
    expect(submission.quote).toMatchObject({ amountMinor: 320, currency: "EUR" });
    expect(submission.preflight).toMatchObject({ counts: { callable: 2 } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorUserId).toBe(ownerId);
    const state = await waitForStage(campaignId, "AWAITING_DECISION");
    expect(state.submissionId).toBe(firstSubmission);
  });

  it("submitting again while it waits is a safe retry: same submission, signal re-sent, nothing duplicated", async () => {
    const again = await callerFor(ownerId).submission.submit({ orgId, campaignId });
    expect(again.submissionId).toBe(firstSubmission);
    expect(await tenantDb(orgId).tx((tx) => tx.campaignSubmission.count({ where: { campaignId } }))).toBe(1);
  });

  it("the submitter gets a confirmation and every operator admin and supervisor a 'waiting for review' email, once each", async () => {
    const name = `Journey ${suffix}`;
    const confirmation = await poll("submission confirmation", async () =>
      (await emailsTo(ownerEmail)).find((e) => e.subject === `Submitted for review: ${name}`),
    );
    expect(confirmation.html).toContain(`/portal/${orgId}/campaigns/${campaignId}`);
    expect(confirmation.html).toContain("€3.20");
    for (const reviewer of reviewerEmails) {
      const mail = await poll(`review request to ${reviewer}`, async () =>
        (await emailsTo(reviewer)).find((e) => e.subject === `New campaign to review: ${name} (Review Co ${suffix})`),
      );
      expect(mail.html).toContain(`/operator/reviews/${firstSubmission}`);
    }
    // The retried submit above re-signalled the lifecycle: still one email per person.
    await new Promise((r) => setTimeout(r, 1500));
    expect((await emailsTo(ownerEmail)).filter((e) => e.subject === `Submitted for review: ${name}`)).toHaveLength(1);
    for (const reviewer of reviewerEmails)
      expect(
        (await emailsTo(reviewer)).filter((e) => e.subject.startsWith(`New campaign to review: ${name} `)),
      ).toHaveLength(1);
    const billingEmail = billingOnly
      ? (await systemDb().user.findUniqueOrThrow({ where: { id: billingOnly } })).email
      : null;
    if (billingEmail)
      expect((await emailsTo(billingEmail)).filter((e) => e.subject.startsWith("New campaign to review:"))).toEqual([]);
  });

  it("with no decision within the reminder interval, every operator admin and supervisor gets a reminder email", async () => {
    const name = `Journey ${suffix}`;
    for (const reviewer of reviewerEmails) {
      const mail = await poll(`reminder to ${reviewer}`, async () =>
        (await emailsTo(reviewer)).find((e) => e.subject.startsWith(`Review waiting: ${name}`)),
      );
      expect(mail.html).toContain(`/operator/reviews/${firstSubmission}`);
    }
    const state = await reviewState(campaignId);
    expect(state.remindersSent).toBeGreaterThanOrEqual(1);
  });

  it("client users and billing admins cannot use the review procedures (FORBIDDEN)", async () => {
    await expectCode(callerFor(ownerId).review.queue(), "FORBIDDEN");
    await expectCode(callerFor(ownerId).review.approve({ submissionId: firstSubmission }), "FORBIDDEN");
    if (billingOnly)
      await expectCode(callerFor(billingOnly).review.approve({ submissionId: firstSubmission }), "FORBIDDEN");
  });

  it("the operator sees the submission in the queue, with everything the client supplied", async () => {
    const admin = callerFor(adminId);
    const queue = await admin.review.queue();
    expect(queue.find((q) => q.submissionId === firstSubmission)).toMatchObject({
      orgName: `Review Co ${suffix}`,
      contacts: 2,
      amountMinor: 320,
      currency: "EUR",
    });
    const detail = await admin.review.get({ submissionId: firstSubmission });
    expect(detail.settings.callingWindow).toEqual({ days: [1, 2, 3, 4, 5], start: "20:00", end: "21:00" });
    expect(detail.script?.graph?.steps.map((s) => s.kind)).toEqual(["say", "question", "escalate", "end", "end"]);
    expect(detail.escalationContacts.map((c) => c.name)).toEqual(["Sue Pervisor"]);
    expect(detail.preflight?.counts.windowNeverOverlaps).toBe(3);
    // Reading another tenant's data went through the audited operator scope, recorded in the client's trail.
    const viewed = await tenantDb(orgId).tx((tx) =>
      tx.auditLog.count({ where: { action: "review.viewed", targetId: firstSubmission } }),
    );
    expect(viewed).toBeGreaterThanOrEqual(1);
  });

  it("reject needs a comment; with one, the campaign goes back to the client, who gets the email", async () => {
    const admin = callerFor(adminId);
    await expectCode(admin.review.reject({ submissionId: firstSubmission, comment: "   " }), "BAD_REQUEST");
    await expectCode(admin.review.reject({ submissionId: firstSubmission, comment: "x".repeat(2001) }), "BAD_REQUEST");
    const result = await admin.review.reject({
      submissionId: firstSubmission,
      comment: "Please widen the calling window for Florida.",
    });
    expect(result).toMatchObject({ status: "REJECTED", signalled: true });
    const { campaign, version, submission, audit } = await tenantDb(orgId).tx(async (tx) => ({
      campaign: await tx.campaign.findUniqueOrThrow({ where: { id: campaignId } }),
      version: await tx.scriptVersion.findFirstOrThrow({ where: { script: { campaignId } } }),
      submission: await tx.campaignSubmission.findUniqueOrThrow({ where: { id: firstSubmission } }),
      audit: await tx.auditLog.findFirst({ where: { targetId: campaignId, action: "campaign.rejected" } }),
    }));
    expect(campaign.status).toBe("REJECTED");
    expect(version.status).toBe("REJECTED");
    expect(submission).toMatchObject({
      decision: "REJECTED",
      reviewComment: "Please widen the calling window for Florida.",
      reviewedById: adminId,
    });
    expect(audit?.actorUserId).toBe(adminId);
    const mail = await poll("rejection email", async () =>
      (await emailsTo(ownerEmail)).find((e) => e.subject === `Changes needed: Journey ${suffix}`),
    );
    expect(mail.html).toContain("Please widen the calling window for Florida.");
    await waitForStage(campaignId, "AWAITING_SUBMISSION");
    // A second decision on the same submission conflicts.
    await expectCode(admin.review.approve({ submissionId: firstSubmission }), "CONFLICT");
  });

  it("resubmitting needs a new script version; then approval moves the campaign to APPROVED and waits for the start date", async () => {
    const owner = callerFor(ownerId);
    const blocked = await owner.submission.preflight({ orgId, campaignId });
    expect(blocked.checks.find((c) => c.id === "script.status")?.level).toBe("error");
    await tenantDb(orgId).tx(async (tx) => {
      const script = await tx.script.findUniqueOrThrow({ where: { campaignId } });
      await tx.scriptVersion.create({
        data: { tenantId: orgId, scriptId: script.id, version: 2, createdById: ownerId, graph: GRAPH },
      });
    });
    const second = await owner.submission.submit({ orgId, campaignId });
    expect(second.submissionId).not.toBe(firstSubmission);
    await poll(
      "stage SUBMITTED for the second submission",
      async () => (await reviewState(campaignId)).submissionId === second.submissionId,
    );

    const admin = callerFor(adminId);
    const approved = await admin.review.approve({ submissionId: second.submissionId, comment: "Looks good." });
    expect(approved).toMatchObject({ status: "APPROVED", signalled: true });
    const campaign = await tenantDb(orgId).tx((tx) => tx.campaign.findUniqueOrThrow({ where: { id: campaignId } }));
    expect(campaign.status).toBe("APPROVED");
    expect(campaign.approvedAt).not.toBeNull();
    const state = await waitForStage(campaignId, "AWAITING_START");
    // 00:00 on the start date in the organization's zone (UTC for a new sign-up).
    expect(new Date(state.startAt!).toISOString()).toBe(
      `${campaign.startDate!.toISOString().slice(0, 10)}T00:00:00.000Z`,
    );
    const mail = await poll("approval email", async () =>
      (await emailsTo(ownerEmail)).find((e) => e.subject === `Campaign approved: Journey ${suffix}`),
    );
    expect(mail.html).toContain("Looks good.");

    // Approving again is a retry: accepted, and the email is not sent twice.
    await expect(admin.review.approve({ submissionId: second.submissionId })).resolves.toMatchObject({
      status: "APPROVED",
    });
    await new Promise((r) => setTimeout(r, 1500));
    expect(
      (await emailsTo(ownerEmail)).filter((e) => e.subject === `Campaign approved: Journey ${suffix}`),
    ).toHaveLength(1);
    expect((await admin.review.queue()).map((q) => q.submissionId)).not.toContain(second.submissionId);
    const status = await owner.submission.status({ orgId, campaignId });
    expect(status).toMatchObject({
      status: "APPROVED",
      latestSubmission: { decision: "APPROVED", reviewComment: "Looks good." },
    });
  });

  it("an approved campaign cannot be submitted again (CONFLICT)", async () => {
    await expectCode(callerFor(ownerId).submission.submit({ orgId, campaignId }), "CONFLICT");
  });
});
