import { builtinModules } from "node:module";
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import prettier from "eslint-config-prettier/flat";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";
import boundary from "./scripts/eslint/boundary-rules.mjs";

// Import boundaries (docs/architecture.md): a wrong arrow fails `npm test`.
// One rule (`@typescript-eslint/no-restricted-imports`, which can allow `import type`) carries every
// arrow; a file gets the patterns of the last block that matches it, so each block lists its full set.
const ownerConnection = {
  group: ["**/db/system-db", "**/db/prisma-client", "@/server/db/system-db", "@/server/db/prisma-client"],
  message: "Only server/auth and server/db use the owner connection. Handlers use ctx.db from the tenant gate.",
};
const tenantClient = {
  group: ["**/db/tenant-db", "@/server/db/tenant-db"],
  allowTypeImports: true,
  message:
    "Only the tenant gate (server/api/trpc.ts), server/db, server/auth and workflows/activities create a tenant-scoped client. Take a TenantDb (ctx.db, or a parameter) instead; `import type` is fine.",
};
const noDatabaseInApp = {
  group: ["@prisma/*", "pg", "pg-*", "**/server/db/**", "@/server/db/**", "**/prisma/**", "@/prisma/**"],
  message: "app/ never touches the database or Prisma; go through tRPC (server/api) or server/auth.",
};
const noServer = (who) => ({ group: ["**/server/**", "@/server/**"], message: `${who} must not import server/.` });
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)].map((name) => ({
  name,
  message: "Workflow code is deterministic and sandboxed: no Node built-ins.",
}));
const restrict = (patterns, paths = []) => ["error", { patterns, paths }];
const IMPORTS = "@typescript-eslint/no-restricted-imports";

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      ".build/**",
      "node_modules/**",
      ".data/**",
      ".tools/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      ".tmp-*",
      "**/*.tmp.mjs",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      [IMPORTS]: restrict([ownerConnection, tenantClient]),
    },
  },
  // Type-aware rules: a promise nobody awaits loses its error (the Temporal samples make these errors too).
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/no-unnecessary-type-assertion": "error",
    },
  },
  { files: ["**/*.mjs"], languageOptions: { globals: { console: "readonly", process: "readonly", URL: "readonly" } } },
  {
    files: ["server/auth/**", "server/db/**", "**/*.int.test.ts", "prisma/**", "scripts/**"],
    rules: { [IMPORTS]: "off" },
  },
  // The tenant gate, and activities (which get tenantId in their input and go through the same factory).
  { files: ["server/api/trpc.ts", "workflows/activities/**"], rules: { [IMPORTS]: restrict([ownerConnection]) } },
  {
    files: ["app/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "@next/next": nextPlugin },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      [IMPORTS]: restrict([ownerConnection, noDatabaseInApp]),
    },
  },
  // Configuration is parsed once, at boot, by server/env.ts; nothing else reads process.env.
  // Exempt: scripts/ and the seed (dev tooling, run with only the variables they need), tool configs
  // run by their own CLIs, tests and e2e (the test stack's URLs are harness wiring, not app config),
  // and instrumentation.ts (Next inlines NEXT_RUNTIME per runtime, so it must be read there literally).
  {
    ignores: [
      "server/env.ts",
      "scripts/**",
      "prisma/seed.ts",
      "prisma.config.ts",
      "playwright.config.ts",
      "instrumentation.ts",
      "e2e/**",
      "**/*.test.ts",
    ],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through env() from server/env.ts." },
      ],
    },
  },
  { files: ["app/**/*.tsx", "emails/**/*.tsx"], ...jsxA11y.flatConfigs.recommended },
  { files: ["emails/**/*.{ts,tsx}"], rules: { [IMPORTS]: restrict([noServer("emails/")]) } },
  {
    files: ["workflows/**/*.workflow.ts", "workflows/shared/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      [IMPORTS]: restrict(
        [noServer("Workflow code"), { group: ["node:*"], message: "No Node built-ins in workflow code." }],
        nodeBuiltins,
      ),
    },
  },
  // --- Server/browser boundary (docs/decisions.md, "server/shared") ---------------------------------
  // Custom rules in scripts/eslint/boundary-rules.mjs; each scopes itself by the file's path, and
  // scripts/eslint/boundary-rules.test.ts covers them with ESLint's RuleTester.
  {
    files: ["**/*.{ts,tsx,mts,mjs}"],
    plugins: { boundary },
    rules: {
      "boundary/client-imports-shared-only": "error",
      "boundary/server-only-first": "error",
      "boundary/shared-imports-shared-only": "error",
      "boundary/no-app-or-e2e-imports": "error",
    },
  },
  // Last: turn off every stylistic rule that Prettier owns (`prettier --check` runs in `npm run lint`).
  prettier,
);
