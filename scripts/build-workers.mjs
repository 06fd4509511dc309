// Builds what the contact import loads at run time, into .build/ (gitignored):
// - .build/workers/row-worker.cjs: the import's worker-thread script (server/domain/contacts/
//   row-worker.ts and what it imports) in one CommonJS file;
// - .build/workflows/contact-import.js: the import worker's workflow bundle (Temporal recommends
//   prebuilt bundles in production; bundling at start cost the worker ~90 MB of RSS and ~15 s).
// Run by `npm run build`, by the dev and test stack runner before they start the worker and web
// server, and by the import benchmark; `--row-worker` builds only the first (Vitest's global setup).
// At run time nothing is bundled: no esbuild or webpack in the production processes.
import { build } from "esbuild";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const ROW_WORKER_OUTFILE = path.join(root, ".build", "workers", "row-worker.cjs");
const WORKFLOW_BUNDLE_OUTFILE = path.join(root, ".build", "workflows", "contact-import.js");

export async function buildRowWorker() {
  await build({
    entryPoints: [path.join(root, "server/domain/contacts/row-worker.ts")],
    outfile: ROW_WORKER_OUTFILE,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    logLevel: "warning",
    // Server modules mark themselves with "server-only", which throws outside React's server build.
    alias: { "server-only": path.join(root, "scripts/lib/server-only-noop.ts") },
  });
}

export async function buildWorkflowBundle() {
  const { bundleWorkflowCode } = await import("@temporalio/worker");
  const { mkdir, writeFile } = await import("node:fs/promises");
  const quiet = () => undefined;
  const { code } = await bundleWorkflowCode({
    workflowsPath: path.join(root, "workflows/contact-import.workflow.ts"),
    logger: { log: quiet, trace: quiet, debug: quiet, info: quiet, warn: console.warn, error: console.error },
  });
  await mkdir(path.dirname(WORKFLOW_BUNDLE_OUTFILE), { recursive: true });
  await writeFile(WORKFLOW_BUNDLE_OUTFILE, code);
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  await buildRowWorker();
  if (!process.argv.includes("--row-worker")) await buildWorkflowBundle();
}
