import { builtinModules } from "node:module";
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// Import boundaries (docs/architecture.md): a wrong arrow fails `npm test`.
const ownerConnection = {
  group: ["**/db/system-db", "**/db/prisma-client", "@/server/db/system-db", "@/server/db/prisma-client"],
  message: "Only server/auth and server/db use the owner connection. Handlers use ctx.db from the tenant gate.",
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
      "no-restricted-imports": restrict([ownerConnection]),
    },
  },
  { files: ["**/*.mjs"], languageOptions: { globals: { console: "readonly", process: "readonly", URL: "readonly" } } },
  {
    files: ["server/auth/**", "server/db/**", "**/*.int.test.ts", "prisma/**", "scripts/**"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "no-restricted-imports": restrict([ownerConnection, noDatabaseInApp]),
    },
  },
  { files: ["emails/**/*.{ts,tsx}"], rules: { "no-restricted-imports": restrict([noServer("emails/")]) } },
  {
    files: ["workflows/**/*.workflow.ts", "workflows/shared/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": restrict(
        [noServer("Workflow code"), { group: ["node:*"], message: "No Node built-ins in workflow code." }],
        nodeBuiltins,
      ),
    },
  },
);
