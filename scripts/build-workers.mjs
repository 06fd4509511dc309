// Bundles the contact import's worker-thread script (server/domain/contacts/row-worker.ts and what it
// imports) into one CommonJS file under .build/ (gitignored). Run by `npm run build`, by the dev and
// test stack runner before they start the worker and web server, by Vitest's global setup and by the
// import benchmark. At run time the import only loads the file: no bundler in the production process.
import { build } from "esbuild";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
export const ROW_WORKER_OUTFILE = path.join(root, ".build", "workers", "row-worker.cjs");

export async function buildWorkers() {
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

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  await buildWorkers();
  console.log(`built ${path.relative(root, ROW_WORKER_OUTFILE)}`);
}
