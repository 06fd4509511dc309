import "server-only";
import { Client, Connection, WorkflowNotFoundError } from "@temporalio/client";
import { env } from "../env";

const globalTemporal = globalThis as unknown as { __callwrightTemporal?: Promise<Client> };

export function temporalClient(): Promise<Client> {
  globalTemporal.__callwrightTemporal ??= Connection.connect({ address: env().TEMPORAL_ADDRESS }).then(
    (connection) => new Client({ connection, namespace: env().TEMPORAL_NAMESPACE }),
  );
  // A failed connect must not be cached forever.
  globalTemporal.__callwrightTemporal.catch(() => (globalTemporal.__callwrightTemporal = undefined));
  return globalTemporal.__callwrightTemporal;
}

export type WorkflowStatus =
  | "RUNNING"
  | "COMPLETED"
  | "FAILED"
  | "CANCELLED"
  | "TERMINATED"
  | "CONTINUED_AS_NEW"
  | "TIMED_OUT"
  | "NOT_FOUND"
  | "UNAVAILABLE";

/** Status of a workflow by id; never throws, because a list page must render without Temporal. */
export async function workflowStatus(workflowId: string): Promise<WorkflowStatus> {
  try {
    const client = await temporalClient();
    const description = await client.workflow.getHandle(workflowId).describe();
    return description.status.name as WorkflowStatus;
  } catch (error) {
    return error instanceof WorkflowNotFoundError ? "NOT_FOUND" : "UNAVAILABLE";
  }
}
