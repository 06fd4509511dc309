import { defineConfig } from "vitest/config";
import path from "node:path";

// Two projects: fast pure unit tests, and integration tests that need the real stack
// (Postgres, Temporal dev server, stripe-mock, SMTP sink) started by scripts/test.ts.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "scripts/lib/server-only-noop.ts"),
    },
  },
  test: {
    globalSetup: ["scripts/lib/vitest-global-setup.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**", "e2e/**", ".data/**", ".tools/**", ".next/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**", ".data/**", ".tools/**", ".next/**"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
