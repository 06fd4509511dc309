import type { Rule } from "eslint";

declare const plugin: {
  meta: { name: string };
  rules: Record<
    "client-imports-shared-only" | "server-only-first" | "shared-imports-shared-only" | "no-app-or-e2e-imports",
    Rule.RuleModule
  >;
};
export default plugin;
