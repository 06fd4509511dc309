import { randomUUID } from "node:crypto";
import { Client, Connection, WorkflowNotFoundError } from "@temporalio/client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { campaignWorkflowId } from "../../../workflows/shared/campaign-lifecycle";
import { tenantDb } from "../../db/tenant-db";
import { callerFor, signUpForTest } from "../../api/testing";

// The campaign pages read the database only. The app's Temporal client is replaced by one that
// records and refuses every use, so any call into Temporal from campaign.list or campaign.get
// shows up here; the test's own client then checks that no lifecycle was started as a side effect.

const temporalUsed = vi.hoisted(() => vi.fn());
vi.mock("../../workflows/temporal-client", () => ({
  temporalClient: () => {
    temporalUsed();
    return Promise.reject(new Error("the campaign pages must not touch Temporal"));
  },
}));

const TEMPORAL_ADDRESS = process.env.TEMPORAL_ADDRESS;
if (!TEMPORAL_ADDRESS) throw new Error("TEMPORAL_ADDRESS is required (run through `npm test`)");

const suffix = `${Date.now()}-${randomUUID().slice(0, 6)}`;
let connection: Connection;
let temporal: Client;
let orgId: string;
let userId: string;
const ids = { draft: randomUUID(), approved: randomUUID(), running: randomUUID() };

beforeAll(async () => {
  connection = await Connection.connect({ address: TEMPORAL_ADDRESS });
  temporal = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE ?? "default" });
  ({ orgId, userId } = await signUpForTest({
    companyName: `List Co ${suffix}`,
    name: "Lou List",
    email: `list-${suffix}@int.test`,
    password: "int-test-password",
  }));
  // Rows with no lifecycle at all, as after Temporal was down: the old list started the DRAFT's.
  await tenantDb(orgId, userId).tx(async (tx) => {
    for (const [name, id] of Object.entries(ids))
      await tx.campaign.create({
        data: {
          id,
          tenantId: orgId,
          name: `${name} ${suffix}`,
          status: name.toUpperCase() as "DRAFT" | "APPROVED" | "RUNNING",
          workflowId: campaignWorkflowId(id),
          createdById: userId,
        },
      });
  });
});

afterAll(async () => {
  await connection?.close();
});

describe("campaign.list and campaign.get", () => {
  it("return each campaign's status from its row, with no workflow state and no call to Temporal", async () => {
    const caller = callerFor(userId);
    const list = await caller.campaign.list({ orgId });
    expect(Object.fromEntries(list.map((c) => [c.id, c.status]))).toEqual({
      [ids.draft]: "DRAFT",
      [ids.approved]: "APPROVED",
      [ids.running]: "RUNNING",
    });
    const got = await caller.campaign.get({ orgId, campaignId: ids.running });
    expect(got.status).toBe("RUNNING");
    for (const row of [...list, got]) {
      expect(Object.keys(row)).not.toContain("workflowStatus");
      expect(Object.keys(row)).not.toContain("workflowId");
    }
    expect(temporalUsed).not.toHaveBeenCalled();
  });

  it("start no lifecycle as a side effect of the read", async () => {
    await new Promise((r) => setTimeout(r, 500));
    for (const id of Object.values(ids))
      await expect(temporal.workflow.getHandle(campaignWorkflowId(id)).describe()).rejects.toBeInstanceOf(
        WorkflowNotFoundError,
      );
  });

  it("campaign.create answers with the new campaign's id only, never its workflow id", async () => {
    const caller = callerFor(userId);
    const created = await caller.campaign.create({ orgId, name: `Created ${suffix}`, description: "" });
    expect(created).toEqual({ id: expect.any(String) });
    expect(JSON.stringify(created)).not.toMatch(/campaign-[0-9a-f]{8}-|workflow/i);
  });
});
