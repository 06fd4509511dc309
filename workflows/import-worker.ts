import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { NativeConnection, Worker } from "@temporalio/worker";
import { env } from "../server/env";
import { logger } from "../server/logger";
import { createContactImportActivities } from "./activities/contact-import-activities";
import { IMPORT_TASK_QUEUE } from "./shared/task-queues";

/**
 * The worker for contact imports: the contactImport workflow and its activity, one import at a
 * time (a million rows take ~400 MB and both cores). Heartbeats go out at most every second, so a
 * cancel reaches the import within about a second (the SDK's default throttle is 80% of the
 * heartbeat timeout).
 */
export function createImportWorker(connection: NativeConnection, taskQueue = IMPORT_TASK_QUEUE): Promise<Worker> {
  // Only the import's workflow, bundled at build time (scripts/build-workers.mjs).
  const codePath = path.join(process.cwd(), ".build", "workflows", "contact-import.js");
  if (!existsSync(codePath))
    throw new Error(
      `The import workflow bundle ${codePath} is missing: run \`npm run build\` (or \`npm run build:workers\`).`,
    );
  return Worker.create({
    connection,
    namespace: env().TEMPORAL_NAMESPACE,
    taskQueue,
    workflowBundle: { codePath },
    activities: createContactImportActivities(),
    maxConcurrentActivityTaskExecutions: 1,
    maxHeartbeatThrottleInterval: "1 second",
  });
}

// `tsx workflows/import-worker.ts [--task-queue <name>]`: an import worker on its own, e.g. on a
// machine sized for imports (`npm run worker` runs one beside the main worker).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const queueFlag = process.argv.indexOf("--task-queue");
  const taskQueue = queueFlag >= 0 ? process.argv[queueFlag + 1] : IMPORT_TASK_QUEUE;
  const connection = await NativeConnection.connect({ address: env().TEMPORAL_ADDRESS });
  const worker = await createImportWorker(connection, taskQueue);
  logger.info({ taskQueue }, "import worker started");
  await worker.run();
}
