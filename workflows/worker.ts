import { fileURLToPath } from "node:url";
import { NativeConnection, Worker } from "@temporalio/worker";
import { env, validateEnvAtBoot } from "../server/env";
import { logger } from "../server/logger";
import { createActivities } from "./activities";
import { createImportWorker } from "./import-worker";
import { startLifecycleReconciler } from "./lifecycle-reconciler";
import { TASK_QUEUE } from "./shared/task-queues";

async function main() {
  validateEnvAtBoot("worker");
  const connection = await NativeConnection.connect({ address: env().TEMPORAL_ADDRESS });
  const worker = await Worker.create({
    connection,
    namespace: env().TEMPORAL_NAMESPACE,
    taskQueue: TASK_QUEUE,
    workflowsPath: fileURLToPath(new URL("./index.ts", import.meta.url)),
    activities: createActivities(),
  });
  const importWorker = await createImportWorker(connection);
  logger.info({ taskQueue: TASK_QUEUE }, "worker started");
  await startLifecycleReconciler();
  await Promise.all([worker.run(), importWorker.run()]);
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, "worker failed");
  process.exit(1);
});
