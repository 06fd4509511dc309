import "server-only";
import { WorkflowIdReusePolicy, WorkflowNotFoundError } from "@temporalio/client";
import { contactImportWorkflowId, type ContactImportInput } from "../../../workflows/shared/contact-import";
import { IMPORT_TASK_QUEUE } from "../../../workflows/shared/task-queues";
import { temporalClient } from "../../workflows/temporal-client";
import type { ImportOutcome } from "./import-outcome";

/** Starts contact-import-<importId> on the import queue; the id refuses a second start of the same import. */
export async function startImportWorkflow(input: ContactImportInput): Promise<void> {
  const client = await temporalClient();
  await client.workflow.start("contactImport", {
    taskQueue: IMPORT_TASK_QUEUE,
    workflowId: contactImportWorkflowId(input.importId),
    workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
    args: [input],
  });
}

/** Requests cancellation; false when no such workflow exists (it was never started). */
export async function cancelImportWorkflow(importId: string): Promise<boolean> {
  const client = await temporalClient();
  try {
    await client.workflow.getHandle(contactImportWorkflowId(importId)).cancel();
    return true;
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return false;
    throw error;
  }
}

/** Whether the import's workflow is still running (false if it ended or never started). */
export async function importWorkflowRunning(importId: string): Promise<boolean> {
  const client = await temporalClient();
  try {
    const description = await client.workflow.getHandle(contactImportWorkflowId(importId)).describe();
    return description.status.name === "RUNNING";
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return false;
    throw error;
  }
}

/** Waits for the workflow's result (tests, scripts); a cancelled or failed workflow throws. */
export async function importWorkflowResult(importId: string): Promise<ImportOutcome> {
  const client = await temporalClient();
  return (await client.workflow.getHandle(contactImportWorkflowId(importId)).result()) as ImportOutcome;
}
