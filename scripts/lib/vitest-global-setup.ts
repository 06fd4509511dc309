import { execFileSync } from "node:child_process";
import path from "node:path";

// Tests run the contact import's worker threads from the build output, as production does.
export default function setup() {
  execFileSync(process.execPath, [path.join(import.meta.dirname, "..", "build-workers.mjs"), "--row-worker"], {
    stdio: "inherit",
  });
}
