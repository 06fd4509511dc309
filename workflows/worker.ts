import { fileURLToPath } from "node:url";
import { NativeConnection, Worker } from "@temporalio/worker";
import { env } from "../server/env";
import { logger } from "../server/logger";
import { createActivities } from "./activities";
import { startLifecycleReconciler } from "./lifecycle-reconciler";
import { TASK_QUEUE } from "./shared/task-queues";

async function main() {
  const connection = await NativeConnection.connect({ address: env().TEMPORAL_ADDRESS });
  const worker = await Worker.create({
    connection,
    namespace: env().TEMPORAL_NAMESPACE,
    taskQueue: TASK_QUEUE,
    workflowsPath: fileURLToPath(new URL("./index.ts", import.meta.url)),
    activities: createActivities(),
  });
  logger.info({ taskQueue: TASK_QUEUE }, "worker started");
  await startLifecycleReconciler();
  await worker.run();
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, "worker failed");
  process.exit(1);
});
