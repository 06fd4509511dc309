import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

// schema.prisma must describe exactly what the migrations build, or the next `prisma migrate dev`
// generates a migration that undoes a deliberate one (it would have re-added Contact's foreign key).
// Prisma replays prisma/migrations into the shadow database `<db>_shadow` (prisma.config.ts) and
// compares the result with the datamodel. Raw-SQL objects Prisma does not model (row-level security,
// triggers, roles, grants) are outside this comparison; their own tests cover them.

const root = path.resolve(import.meta.dirname, "..");
const ownerUrl = process.env.DATABASE_URL;
if (!ownerUrl) throw new Error("DATABASE_URL must be set (run through `npm test`)");

describe("prisma/schema.prisma and prisma/migrations", () => {
  it("describe the same database (no drift)", { timeout: 240_000 }, async () => {
    const args = [
      "migrate",
      "diff",
      "--from-migrations",
      "prisma/migrations",
      "--to-schema-datamodel",
      "prisma/schema.prisma",
      "--script",
      "--exit-code",
    ];
    const run = promisify(execFile)(path.join(root, "node_modules", ".bin", "prisma"), args, {
      cwd: root,
      env: { ...process.env, DATABASE_URL: ownerUrl },
    });
    // --exit-code: 0 when equal, 2 when they differ (stdout holds the SQL that would close the gap).
    const outcome = await run.then(
      () => ({ code: 0, stdout: "", stderr: "" }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({
        code: error.code ?? -1,
        stdout: error.stdout ?? "",
        stderr: error.stderr ?? "",
      }),
    );
    const sqlToCloseTheGap = outcome.stdout.trim();
    expect(outcome.code === 2 ? sqlToCloseTheGap : outcome.stderr.trim()).toBe("");
    expect(outcome.code).toBe(0);
  });
});
