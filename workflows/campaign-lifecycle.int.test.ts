import { randomUUID } from "node:crypto";
import { Client, Connection, WorkflowExecutionAlreadyStartedError } from "@temporalio/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantDb } from "../server/db/tenant-db";
import { startCampaignLifecycle } from "../server/domain/campaigns/campaign-workflow";
import { campaignWorkflowId, progressQuery } from "./shared/campaign-lifecycle";
import { TASK_QUEUE } from "./shared/task-queues";
import { callerFor, signUpForTest } from "../server/api/testing";

// The campaign lifecycle end to end on the real stack: tRPC caller → Postgres → Temporal dev
// server → worker → stripe-mock and the SMTP sink (maildev).

const MAIL_WEB_URL = process.env.MAIL_WEB_URL;
const TEMPORAL_ADDRESS = process.env.TEMPORAL_ADDRESS;
if (!MAIL_WEB_URL || !TEMPORAL_ADDRESS)
  throw new Error("MAIL_WEB_URL and TEMPORAL_ADDRESS are required (run through `npm test`)");

async function poll<T>(what: string, fn: () => Promise<T | undefined | null>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined && value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

interface SinkEmail {
  subject: string;
  html: string;
  to: { address: string }[];
}

const suffix = `${Date.now()}-${randomUUID().slice(0, 6)}`;
const email = `creator-${suffix}@int.test`;
let connection: Connection;
let temporal: Client;
let orgId: string;
let userId: string;
let campaign: { id: string; workflowId: string };

beforeAll(async () => {
  connection = await Connection.connect({ address: TEMPORAL_ADDRESS });
  temporal = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE ?? "default" });
  ({ orgId, userId } = await signUpForTest({
    companyName: `Lifecycle Co ${suffix}`,
    name: "Cleo Creator",
    email,
    password: "int-test-password",
  }));
  const caller = callerFor(userId);
  const { id } = await caller.campaign.create({ orgId, name: `Lifecycle ${suffix}`, description: "integration" });
  campaign = { id, workflowId: campaignWorkflowId(id) };
});

afterAll(async () => {
  await connection?.close();
});

describe("campaign lifecycle workflow", () => {
  it("creating a draft starts workflow campaign-<id>, and it is RUNNING", async () => {
    const description = await temporal.workflow.getHandle(campaign.workflowId).describe();
    expect(description.status.name).toBe("RUNNING");
    expect(description.type).toBe("campaignLifecycle");
    expect(description.taskQueue).toBe(TASK_QUEUE);
  });

  it("the organization gets a Stripe customer id from stripe-mock", async () => {
    const customerId = await poll("Organization.stripeCustomerId", () =>
      tenantDb(orgId).tx(
        async (tx) => (await tx.organization.findUniqueOrThrow({ where: { id: orgId } })).stripeCustomerId,
      ),
    );
    expect(customerId).toMatch(/^cus_/);
  });

  it("a 'Campaign draft created' email arrives in the sink for the creator, once", async () => {
    const mail = await poll("the 'Campaign draft created' email", async () => {
      const res = await fetch(`${MAIL_WEB_URL}/api/email`);
      const emails = (await res.json()) as SinkEmail[];
      return emails.find(
        (e) => e.to.some((t) => t.address === email) && e.subject.startsWith("Campaign draft created"),
      );
    });
    expect(mail.subject).toBe(`Campaign draft created: Lifecycle ${suffix}`);
    expect(mail.html).toContain(`/portal/${orgId}/campaigns/${campaign.id}`);

    // The activity records what it sent (just after sending), so a retry cannot send it again.
    const logged = await poll("the EmailLog row", async () => {
      const rows = await tenantDb(orgId).tx((tx) =>
        tx.emailLog.findMany({ where: { idempotencyKey: `campaign-${campaign.id}-draft-created` } }),
      );
      return rows.length > 0 ? rows : undefined;
    });
    expect(logged).toHaveLength(1);
    expect(logged[0]!.to).toBe(email);
  });

  it("waits for a submission (its internal progress query)", async () => {
    const stage = await poll("stage AWAITING_SUBMISSION", async () => {
      const { stage } = await temporal.workflow.getHandle(campaign.workflowId).query(progressQuery);
      return stage === "AWAITING_SUBMISSION" ? stage : undefined;
    });
    expect(stage).toBe("AWAITING_SUBMISSION");
  });

  it("a second start of the same workflow id is refused, and the app's start is a no-op", async () => {
    const handle = temporal.workflow.getHandle(campaign.workflowId);
    const before = await handle.describe();

    await expect(
      temporal.workflow.start("campaignLifecycle", {
        taskQueue: TASK_QUEUE,
        workflowId: campaign.workflowId,
        args: [{ tenantId: orgId, campaignId: campaign.id, createdByUserId: userId }],
      }),
    ).rejects.toBeInstanceOf(WorkflowExecutionAlreadyStartedError);

    await expect(
      startCampaignLifecycle({ tenantId: orgId, campaignId: campaign.id, createdByUserId: userId }),
    ).resolves.toBe(false);

    const after = await handle.describe();
    expect(after.runId).toBe(before.runId);
    expect(after.status.name).toBe("RUNNING");
  });
});
