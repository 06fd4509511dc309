import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { WorkflowExecutionAlreadyStartedError } from "@temporalio/client";
import { defaultPayloadConverter } from "@temporalio/common";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantDb } from "../server/db/tenant-db";
import {
  cancelContactImport,
  startContactImport,
  waitForContactImport,
} from "../server/domain/contacts/import-service";
import { startImportWorkflow } from "../server/domain/contacts/import-workflow";
import { storeUpload } from "../server/domain/contacts/uploads";
import { temporalClient } from "../server/workflows/temporal-client";
import { contactImportWorkflowId } from "./shared/contact-import";
import { IMPORT_TASK_QUEUE } from "./shared/task-queues";

// Contact imports as a Temporal activity, on the real stack: the upload is stored in Postgres by
// this process and read by a worker process; progress arrives as heartbeats; cancel and a killed
// worker go through Temporal.

const ownerUrl = process.env.DATABASE_URL;
if (!ownerUrl || !process.env.TEMPORAL_ADDRESS)
  throw new Error("DATABASE_URL and TEMPORAL_ADDRESS are required (run through `npm test`)");

const root = path.resolve(import.meta.dirname, "..");
const suffix = randomUUID().slice(0, 8);
const tenantId = `impwf_${suffix}`;
const userId = `impwf_user_${suffix}`;
const db = tenantDb(tenantId, userId);
let owner: pg.Client;
const children: ChildProcess[] = [];

/** n distinct valid New York numbers (212-2xx-xxxx). */
const csvOf = (n: number) =>
  `phone,firstName\n${Array.from({ length: n }, (_, i) => `+1212${2_000_000 + i},Name ${i}`).join("\n")}\n`;

async function createCampaign(): Promise<string> {
  const id = `impwf_campaign_${randomUUID().slice(0, 12)}`;
  await db.tx((tx) =>
    tx.campaign.create({
      data: { id, tenantId, name: "Import workflow test", workflowId: `campaign-${id}`, createdById: userId },
    }),
  );
  return id;
}

const upload = (campaignId: string, csv: string) =>
  storeUpload({ tenantId, campaignId, userId, fileName: "contacts.csv", body: [Buffer.from(csv)] });

async function poll<T>(what: string, fn: () => Promise<T | undefined | null | false>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const importRow = (importId: string) => db.tx((tx) => tx.contactImport.findUniqueOrThrow({ where: { id: importId } }));

// Contact has no relation to its list (decision: statement-level triggers), so filter by list ids.
const contactsOf = (campaignId: string) =>
  db.tx(async (tx) => {
    const lists = await tx.contactList.findMany({ where: { campaignId }, select: { id: true } });
    return tx.contact.count({ where: { listId: { in: lists.map((l) => l.id) } } });
  });

/** The running activity's last heartbeat, as the server holds it. */
async function heartbeatProgress(importId: string): Promise<number | undefined> {
  const description = await (await temporalClient()).workflow.getHandle(contactImportWorkflowId(importId)).describe();
  const payload = description.raw.pendingActivities?.[0]?.heartbeatDetails?.payloads?.[0];
  return payload ? defaultPayloadConverter.fromPayload<{ processedRows: number }>(payload).processedRows : undefined;
}

/** An import worker in a process of its own (workflows/import-worker.ts), on its own task queue. */
function startWorkerProcess(taskQueue: string): ChildProcess {
  // node itself (not the tsx CLI, which runs the script in a child of its own): a kill hits the worker.
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "--import",
      "./scripts/lib/server-entry.mjs",
      "workflows/import-worker.ts",
      "--task-queue",
      taskQueue,
    ],
    {
      cwd: root,
      env: process.env,
      stdio: "inherit",
    },
  );
  children.push(child);
  return child;
}

beforeAll(async () => {
  owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  await db.tx((tx) =>
    tx.organization.create({ data: { id: tenantId, kind: "CLIENT", name: tenantId, slug: tenantId } }),
  );
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  await owner?.end();
});

describe("contact import as a Temporal activity", () => {
  it("runs on the import worker as workflow contact-import-<id>, from the file stored in Postgres", async () => {
    const campaignId = await createCampaign();
    const csv = csvOf(2000);
    const preview = await upload(campaignId, csv);
    // The file is in Postgres (no local disk), where the worker, another process, reads it.
    const stored = await owner.query<{ data: Buffer }>(
      `SELECT "data" FROM "ContactUploadChunk" WHERE "uploadId" = $1 ORDER BY "seq"`,
      [preview.uploadId],
    );
    expect(Buffer.concat(stored.rows.map((r) => r.data)).toString()).toBe(csv);

    const { importId } = await startContactImport(
      db,
      { userId },
      {
        campaignId,
        uploadId: preview.uploadId,
        mapping: { columns: preview.suggestedColumns, defaultCountry: "US" },
      },
    );
    const outcome = await waitForContactImport(db, importId);
    expect(outcome).toMatchObject({ status: "SUCCEEDED", rows: 2000, counts: { valid: 2000 } });
    expect(await contactsOf(campaignId)).toBe(2000);
    expect(await importRow(importId)).toMatchObject({ status: "SUCCEEDED", processedRows: 2000 });

    const temporal = await temporalClient();
    const description = await temporal.workflow.getHandle(contactImportWorkflowId(importId)).describe();
    expect(description).toMatchObject({ type: "contactImport", taskQueue: IMPORT_TASK_QUEUE });
    expect(description.status.name).toBe("COMPLETED");
    // The id is the import's: a second start of the same import is refused.
    await expect(startImportWorkflow({ tenantId, importId })).rejects.toBeInstanceOf(
      WorkflowExecutionAlreadyStartedError,
    );
    // A successful import deletes its file (in its own transaction).
    const left = await owner.query(`SELECT 1 FROM "ContactUpload" WHERE "id" = $1`, [preview.uploadId]);
    expect(left.rows).toEqual([]);
  });

  it("reports progress in heartbeats; a cancel through Temporal rolls the import back", async () => {
    const campaignId = await createCampaign();
    const preview = await upload(campaignId, csvOf(300_000));
    const { importId } = await startContactImport(
      db,
      { userId },
      {
        campaignId,
        uploadId: preview.uploadId,
        mapping: { columns: preview.suggestedColumns, defaultCountry: "US" },
      },
    );
    const beat = await poll("a heartbeat with progress", async () => ((await heartbeatProgress(importId)) ?? 0) > 0);
    expect(beat).toBe(true);
    // What the portal polls (written right after the heartbeat).
    await poll("processedRows", async () => (await importRow(importId)).processedRows > 0);

    await cancelContactImport(db, importId);
    const outcome = await waitForContactImport(db, importId);
    expect(outcome).toEqual({ status: "CANCELLED", error: expect.stringMatching(/cancelled; nothing was stored/) });
    const description = await (await temporalClient()).workflow.getHandle(contactImportWorkflowId(importId)).describe();
    expect(description.status.name).toBe("CANCELLED");
    expect(await importRow(importId)).toMatchObject({ status: "CANCELLED", cancelRequested: true });
    expect(await contactsOf(campaignId)).toBe(0);
    const lists = await db.tx((tx) => tx.contactList.count({ where: { campaignId } }));
    expect(lists).toBe(0);
    // A cancelled import keeps its file, so the person can start again.
    const kept = await owner.query(`SELECT 1 FROM "ContactUpload" WHERE "id" = $1`, [preview.uploadId]);
    expect(kept.rows).toHaveLength(1);
  });

  it("a worker killed mid-import leaves nothing, and the import retries on another worker until it completes", async () => {
    const campaignId = await createCampaign();
    const rows = 200_000;
    const preview = await upload(campaignId, csvOf(rows));
    const importId = (
      await db.tx((tx) =>
        tx.contactImport.create({
          data: {
            tenantId,
            campaignId,
            status: "RUNNING",
            fileName: "contacts.csv",
            fileSize: preview.size,
            uploadId: preview.uploadId,
            createdById: userId,
            mapping: { header: preview.header, delimiter: ",", columns: ["phone", "firstName"], defaultCountry: "US" },
          },
        }),
      )
    ).id;
    // Its own queue, so only the workers of this test run it.
    const taskQueue = `test-imports-${suffix}`;
    const handle = await (
      await temporalClient()
    ).workflow.start("contactImport", {
      taskQueue,
      workflowId: contactImportWorkflowId(importId),
      args: [{ tenantId, importId }],
    });
    const first = startWorkerProcess(taskQueue);
    await poll("the first attempt's progress", async () => (await importRow(importId)).processedRows > 0, 90_000);
    first.kill("SIGKILL");
    await new Promise((r) => first.once("exit", r));
    // Its transaction died with its connection: nothing of it is visible.
    expect(await contactsOf(campaignId)).toBe(0);
    expect(await db.tx((tx) => tx.contactImportRejection.count({ where: { importId } }))).toBe(0);
    expect((await importRow(importId)).status).toBe("RUNNING");

    const second = startWorkerProcess(taskQueue);
    const outcome = await handle.result();
    expect(outcome).toMatchObject({ status: "SUCCEEDED", rows, counts: { valid: rows } });
    expect(await contactsOf(campaignId)).toBe(rows);
    expect(await importRow(importId)).toMatchObject({ status: "SUCCEEDED", processedRows: rows });
    // The second attempt did it (the first timed out on its heartbeat).
    const history = await handle.fetchHistory();
    const attempts = (history.events ?? []).flatMap((e) =>
      e.activityTaskStartedEventAttributes ? [e.activityTaskStartedEventAttributes.attempt] : [],
    );
    expect(attempts).toEqual([2]);
    second.kill("SIGTERM");
  }, 240_000);
});
