// Runs before `npm run dev` / `npm test`: installs dependencies when node_modules is missing or
// older than package.json / package-lock.json. Plain Node, no dependencies, so it works on a fresh clone.
import { execSync } from "node:child_process";
import { existsSync, statSync, utimesSync } from "node:fs";

const marker = "node_modules/.package-lock.json";
const mtime = (file) => statSync(file).mtimeMs;
const stale =
  !existsSync(marker) || mtime(marker) < mtime("package-lock.json") || mtime(marker) < mtime("package.json");

if (stale) {
  // Not `npm ci`: npm 11.19 refuses a lockfile written on Linux because the platform-only optional
  // packages of other systems are absent from it (npm/cli#8805). `npm install` accepts the same
  // lockfile and installs exactly its versions.
  console.log("installing dependencies…");
  execSync("npm install --no-audit --no-fund", { stdio: "inherit" });
  const now = new Date();
  utimesSync(marker, now, now);
}
