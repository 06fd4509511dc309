import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { CampaignStatus } from "@prisma/client";
import { ApplicationFailure } from "@temporalio/activity";
import { Client, Connection, WorkflowNotFoundError } from "@temporalio/client";
import { temporal as proto } from "@temporalio/proto";
import { Worker } from "@temporalio/worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantDb } from "../server/db/tenant-db";
import { reconcileCampaignLifecycles } from "../server/domain/campaigns/reconcile-lifecycles";
import { createLifecycleActivities } from "./activities/lifecycle-activities";
import { RECONCILER_SCHEDULE_ID } from "./lifecycle-reconciler";
import { campaignWorkflowId } from "./shared/campaign-lifecycle";
import { signUpForTest } from "../server/api/testing";

// One owner of campaign status, on the real stack: the activity that is the workflow's only way to
// change a Campaign row, the lifecycle that moves a campaign at its start and end dates, and the
// reconciler that starts lifecycles lost while Temporal was down. The lifecycles run on the stack's
// worker (task queue "callwright"), which created the reconciler schedule when it started.

const TEMPORAL_ADDRESS = process.env.TEMPORAL_ADDRESS;
if (!TEMPORAL_ADDRESS) throw new Error("TEMPORAL_ADDRESS is required (run through `npm test`)");

async function poll<T>(what: string, fn: () => Promise<T | undefined | null | false>, timeoutMs = 45_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 400));
  }
}

const DAY = 86_400_000;
const suffix = `${Date.now()}-${randomUUID().slice(0, 6)}`;
const activities = createLifecycleActivities();
let connection: Connection;
let temporal: Client;
let orgId: string;
let userId: string;

/** A campaign row with no lifecycle, as if its start was lost; `ageMs` backdates its creation. */
async function campaignRow(status: CampaignStatus, opts: { ageMs?: number; startDay?: number; endDay?: number } = {}) {
  const id = randomUUID();
  const day = (offset: number) => new Date((Math.floor(Date.now() / DAY) + offset) * DAY); // UTC midnight
  await tenantDb(orgId, userId).tx((tx) =>
    tx.campaign.create({
      data: {
        id,
        tenantId: orgId,
        name: `${status} ${suffix}`,
        status,
        workflowId: campaignWorkflowId(id),
        createdById: userId,
        createdAt: new Date(Date.now() - (opts.ageMs ?? 0)),
        startDate: opts.startDay === undefined ? null : day(opts.startDay),
        endDate: opts.endDay === undefined ? null : day(opts.endDay),
      },
    }),
  );
  return id;
}

const statusOf = (id: string) =>
  tenantDb(orgId).tx(async (tx) => (await tx.campaign.findUniqueOrThrow({ where: { id } })).status);
const auditOf = (id: string) =>
  tenantDb(orgId).tx((tx) => tx.auditLog.findMany({ where: { targetId: id }, orderBy: { createdAt: "asc" } }));
const describeLifecycle = (id: string) => temporal.workflow.getHandle(campaignWorkflowId(id)).describe();

beforeAll(async () => {
  connection = await Connection.connect({ address: TEMPORAL_ADDRESS });
  temporal = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE ?? "default" });
  ({ orgId, userId } = await signUpForTest({
    companyName: `Status Co ${suffix}`,
    name: "Stan Status",
    email: `status-${suffix}@int.test`,
    password: "int-test-password",
  }));
});

afterAll(async () => {
  await connection?.close();
});

describe("transitionCampaignStatus (the workflow's only way to change the row)", () => {
  it("changes the status and writes its audit row; a retry after it committed changes nothing and writes no second row", async () => {
    const id = await campaignRow("APPROVED");
    const input = { tenantId: orgId, campaignId: id, from: ["APPROVED" as const], to: "RUNNING" as const };
    await expect(activities.transitionCampaignStatus({ ...input, reason: "start date reached" })).resolves.toEqual({
      status: "RUNNING",
      changed: true,
    });
    // The worker died before reporting completion, so Temporal runs the activity again.
    await expect(activities.transitionCampaignStatus({ ...input, reason: "start date reached" })).resolves.toEqual({
      status: "RUNNING",
      changed: false,
    });
    expect(await statusOf(id)).toBe("RUNNING");
    const audit = await auditOf(id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "campaign.running",
      actorUserId: null,
      targetType: "Campaign",
      data: { from: "APPROVED", to: "RUNNING", reason: "start date reached" },
    });
  });

  it("leaves a campaign that someone else moved meanwhile alone", async () => {
    const id = await campaignRow("CANCELLED");
    await expect(
      activities.transitionCampaignStatus({
        tenantId: orgId,
        campaignId: id,
        from: ["APPROVED"],
        to: "RUNNING",
        reason: "start date reached",
      }),
    ).resolves.toEqual({ status: "CANCELLED", changed: false });
    expect(await auditOf(id)).toHaveLength(0);
  });

  it("refuses a transition the rule forbids, without retries", async () => {
    const id = await campaignRow("COMPLETED");
    const error = await activities
      .transitionCampaignStatus({ tenantId: orgId, campaignId: id, from: ["COMPLETED"], to: "RUNNING", reason: "x" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApplicationFailure);
    expect((error as ApplicationFailure).nonRetryable).toBe(true);
    expect((error as ApplicationFailure).message).toBe(
      "This campaign is completed, so it can't be started. Only an approved or paused campaign can be started.",
    );
    expect(await statusOf(id)).toBe("COMPLETED");
  });

  it("does not find another tenant's campaign (row-level security)", async () => {
    const other = await signUpForTest({
      companyName: `Other ${suffix}`,
      name: "O",
      email: `other-${suffix}@int.test`,
      password: "int-test-password",
    });
    const id = await campaignRow("APPROVED");
    const error = await activities
      .transitionCampaignStatus({
        tenantId: other.orgId,
        campaignId: id,
        from: ["APPROVED"],
        to: "RUNNING",
        reason: "x",
      })
      .catch((e: unknown) => e);
    expect((error as ApplicationFailure).type).toBe("NOT_FOUND");
    expect(await statusOf(id)).toBe("APPROVED");
  });
});

describe("the lifecycle reconciler", () => {
  let lost: string;
  let done: string;
  let young: string;
  let approvedLate: string;
  let ended: string;
  let first: Awaited<ReturnType<typeof reconcileCampaignLifecycles>>;

  beforeAll(async () => {
    const tenMinutes = 10 * 60_000;
    lost = await campaignRow("DRAFT", { ageMs: tenMinutes });
    done = await campaignRow("COMPLETED", { ageMs: tenMinutes });
    young = await campaignRow("DRAFT");
    // Approved, and its start date passed while no lifecycle ran; another whose end date passed too.
    approvedLate = await campaignRow("APPROVED", { ageMs: tenMinutes, startDay: -1, endDay: 30 });
    ended = await campaignRow("RUNNING", { ageMs: tenMinutes, startDay: -10, endDay: -2 });
    first = await reconcileCampaignLifecycles(tenantDb);
  }, 120_000);

  // The stack's own schedule may run a pass too, so these check the outcome, not which pass it was.
  it("starts the lifecycle of a campaign that is not final and has none, as campaign-<id>, and audits it", async () => {
    expect(first.checked).toBeGreaterThanOrEqual(3);
    expect((await describeLifecycle(lost)).status.name).toBe("RUNNING");
    const audit = await auditOf(lost);
    expect(audit.map((a) => a.action)).toEqual(["campaign.lifecycle.started"]);
    expect(audit[0]).toMatchObject({ actorUserId: null, data: { workflowId: campaignWorkflowId(lost) } });
  });

  it("leaves final campaigns alone, and young ones to the path that created them", async () => {
    expect(first.started).not.toContain(done);
    expect(first.started).not.toContain(young);
    await expect(describeLifecycle(done)).rejects.toBeInstanceOf(WorkflowNotFoundError);
    await expect(describeLifecycle(young)).rejects.toBeInstanceOf(WorkflowNotFoundError);
  });

  it("a second run starts nothing that is already running", async () => {
    const second = await reconcileCampaignLifecycles(tenantDb);
    for (const id of [lost, approvedLate]) expect(second.started).not.toContain(id);
    expect(await auditOf(lost)).toHaveLength(1);
  });

  it("a lifecycle started late picks up where its campaign stands: past its start date it moves it to RUNNING", async () => {
    await poll("APPROVED → RUNNING", async () => (await statusOf(approvedLate)) === "RUNNING");
    const audit = await auditOf(approvedLate);
    expect(audit.map((a) => a.action)).toEqual(["campaign.lifecycle.started", "campaign.running"]);
    expect(audit[1]).toMatchObject({ actorUserId: null, data: { reason: "start date reached" } });
  });

  it("past its end date it completes the campaign, and the lifecycle ends with it", async () => {
    await poll("RUNNING → COMPLETED", async () => (await statusOf(ended)) === "COMPLETED");
    const handle = temporal.workflow.getHandle(campaignWorkflowId(ended));
    await expect(handle.result()).resolves.toBe("COMPLETED");
    const audit = await auditOf(ended);
    expect(audit.map((a) => a.action)).toEqual(["campaign.lifecycle.started", "campaign.completed"]);

    // Its history replays against this code; RECORD_HISTORIES_DIR keeps it (and a lifecycle still
    // waiting for its end date) for the replay test, which checks later changes against them.
    const history = await handle.fetchHistory();
    await Worker.runReplayHistory(
      { workflowsPath: fileURLToPath(new URL("./index.ts", import.meta.url)) },
      history,
      campaignWorkflowId(ended),
    );
    const dir = process.env.RECORD_HISTORIES_DIR;
    if (dir) {
      // Binary protobuf: this install's JSON history codec (historyToJSON/historyFromJSON) fails on two protobufjs copies.
      const save = (name: string, h: typeof history) =>
        writeFileSync(path.join(dir, name), proto.api.history.v1.History.encode(h).finish());
      save("lifecycle-running-to-completed.binpb", history);
      save(
        "lifecycle-approved-to-running.binpb",
        await temporal.workflow.getHandle(campaignWorkflowId(approvedLate)).fetchHistory(),
      );
    }
  });

  it("the worker created the reconciler schedule: every 5 minutes, one run at a time", async () => {
    const schedule = await temporal.schedule.getHandle(RECONCILER_SCHEDULE_ID).describe();
    expect(schedule.action).toMatchObject({ type: "startWorkflow", workflowType: "reconcileLifecycles" });
    expect(schedule.spec.intervals?.map((i) => i.every)).toEqual([5 * 60_000]);
    expect(schedule.policies.overlap).toBe("SKIP");
  });
});
