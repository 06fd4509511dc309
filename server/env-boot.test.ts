import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

// Both processes check the environment at boot and stop with the list of what to set.
const root = path.resolve(import.meta.dirname, "..");
const REQUIRED = ["DATABASE_URL", "APP_DATABASE_URL", "NEXTAUTH_SECRET", "STRIPE_SECRET_KEY", "SMTP_URL"];

describe("boot validation", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    vi.resetModules();
  });

  // Started exactly as `npm run worker` starts it.
  it("the worker exits 1 and prints every missing or invalid variable, before connecting anywhere", () => {
    const run = spawnSync(
      path.join(root, "node_modules", ".bin", "tsx"),
      ["--import", "./scripts/lib/server-entry.mjs", "workflows/worker.ts"],
      {
        cwd: root,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          NODE_ENV: "production",
          NEXTAUTH_SECRET: "short",
          TEMPORAL_ADDRESS: "127.0.0.1:1",
        },
        encoding: "utf8",
        timeout: 110_000,
      },
    );
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split("\n");
    expect(lines[0]).toBe("✖ The worker cannot start: 5 environment variables are missing or invalid.");
    expect(lines.slice(1, 6)).toEqual([
      expect.stringMatching(/^ {2}- DATABASE_URL is missing\. Set it to /),
      expect.stringMatching(/^ {2}- APP_DATABASE_URL is missing\. Set it to /),
      expect.stringMatching(/^ {2}- NEXTAUTH_SECRET is invalid \(.*\)\. Set it to /),
      expect.stringMatching(/^ {2}- STRIPE_SECRET_KEY is missing\. Set it to /),
      expect.stringMatching(/^ {2}- SMTP_URL is missing\. Set it to /),
    ]);
    expect(run.stderr).not.toMatch(/worker failed|Temporal|ECONNREFUSED/);
  }, 120_000);

  it("the web server's instrumentation hook prints the list and exits before serving", async () => {
    for (const name of REQUIRED) vi.stubEnv(name, "");
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    const exit = vi.spyOn(process, "exit").mockImplementation(() => {
      throw new Error("exit");
    });
    const printed = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { register } = await import("../instrumentation");
    await expect(register()).rejects.toThrow("exit");
    expect(exit).toHaveBeenCalledWith(1);
    const output = String(printed.mock.calls[0]?.[0]);
    expect(output).toMatch(/^✖ The web server cannot start: 5 environment variables are missing or invalid\./);
    for (const name of REQUIRED) expect(output).toContain(`  - ${name} is missing. Set it to `);
  });

  it("`next build` loads the app without a runtime environment: the check is skipped there", async () => {
    for (const name of REQUIRED) vi.stubEnv(name, "");
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    vi.stubEnv("NEXT_PHASE", "phase-production-build");
    const exit = vi.spyOn(process, "exit");
    const { register } = await import("../instrumentation");
    await register();
    expect(exit).not.toHaveBeenCalled();
  });
});
