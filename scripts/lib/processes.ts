import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";

const COLORS = [36, 35, 33, 32, 34, 31, 90];

/** Children of this runner; all of them are stopped on Ctrl-C, on exit, or when one dies. */
export class ProcessGroup {
  private children: { name: string; child: ChildProcess }[] = [];
  private stopping = false;
  private cleanups: (() => Promise<void>)[] = [];

  constructor(private readonly opts: { quiet?: boolean } = {}) {
    const onSignal = () => {
      void this.stopAll().then(() => process.exit(130));
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    process.on("exit", () => {
      for (const { child } of this.children) killTree(child, "SIGKILL");
    });
  }

  onStop(cleanup: () => Promise<void>) {
    this.cleanups.push(cleanup);
  }

  start(
    name: string,
    command: string,
    args: string[],
    env: Record<string, string> = {},
    opts: { cwd?: string } = {},
  ): ChildProcess {
    const color = COLORS[this.children.length % COLORS.length];
    const child = spawn(command, args, {
      cwd: opts.cwd,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true, // own process group, so the whole tree can be stopped
    });
    const prefix = `\x1b[${color}m${name.padEnd(9)}\x1b[0m│ `;
    // Quiet children still keep their last lines, so a crash explains itself.
    const recent: string[] = [];
    const pipe = (stream: NodeJS.ReadableStream | null) =>
      stream?.on("data", (chunk: Buffer) => {
        for (const line of chunk.toString().split("\n")) {
          if (!line.trim()) continue;
          if (!this.opts.quiet) process.stdout.write(prefix + line + "\n");
          recent.push(line);
          if (recent.length > 40) recent.shift();
        }
      });
    pipe(child.stdout);
    pipe(child.stderr);
    child.on("exit", (code, signal) => {
      if (this.stopping) return;
      if (this.opts.quiet) for (const line of recent) console.error(prefix + line);
      console.error(`${prefix}exited (${signal ?? code}); stopping the stack`);
      void this.stopAll().then(() => process.exit(1));
    });
    this.children.push({ name, child });
    return child;
  }

  async stopAll() {
    if (this.stopping) return;
    this.stopping = true;
    await Promise.all(
      this.children.map(
        ({ child }) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const timer = setTimeout(() => killTree(child, "SIGKILL"), 8000);
            child.once("exit", () => {
              clearTimeout(timer);
              resolve();
            });
            killTree(child, "SIGTERM");
          }),
      ),
    );
    for (const cleanup of this.cleanups.reverse()) await cleanup().catch(() => undefined);
  }
}

function killTree(child: ChildProcess, signal: NodeJS.Signals) {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
}

export function isPortOpen(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.end();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export async function waitForPort(port: number, what: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await isPortOpen(port)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not open port ${port} within ${timeoutMs / 1000}s`);
}

export async function waitForHttp(url: string, what: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what} did not answer ${url} within ${timeoutMs / 1000}s`);
}
