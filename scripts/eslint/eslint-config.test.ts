import fs from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import prettierOff from "eslint-config-prettier";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The promises docs/architecture.md makes, checked against the real eslint.config.mjs on small
// fixtures. Type-aware rules need the files on disk inside a TS project: each fixture folder gets a
// tsconfig.json of its own (extending the root one), so typescript-eslint builds a program of a few
// files instead of the whole repository. The folders are removed afterwards.

const root = path.resolve(import.meta.dirname, "../..");
const tag = `__lint-fixture-${process.pid}__`;
const folders = {
  app: path.join(root, "app", tag),
  handler: path.join(root, "server/api/routers", tag),
};

const fixtures: Record<string, { folder: keyof typeof folders; name: string; code: string }> = {
  floating: {
    folder: "handler",
    name: "floating.ts",
    code: `async function save(): Promise<void> {}\nexport function handler() {\n  save();\n}\n`,
  },
  tenantImport: {
    folder: "handler",
    name: "tenant-import.handler.ts",
    code: `import { tenantDb } from "../../../db/tenant-db";\nexport const db = tenantDb("t1");\n`,
  },
  tenantTypeImport: {
    folder: "handler",
    name: "tenant-type.handler.ts",
    code: `import type { TenantDb } from "../../../db/tenant-db";\nexport const tenantOf = (db: TenantDb) => db.tenantId;\n`,
  },
  page: {
    folder: "app",
    name: "page.tsx",
    code: [
      `import { systemDb } from "@/server/db/system-db";`,
      `export const owner = systemDb;`,
      `export default function Page() {`,
      `  return <img src="/logo.png" />;`,
      `}`,
      ``,
    ].join("\n"),
  },
  form: {
    folder: "app",
    name: "form.tsx",
    code: `export function Form() {\n  return <form onSubmit={async () => {}} />;\n}\n`,
  },
};

const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, "eslint.config.mjs") });
let results: Record<string, ESLint.LintResult>;
const rulesOf = (key: string) => results[key]!.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
// Core or typescript-eslint's variant: whichever carries the import boundaries.
const importMessages = (key: string) =>
  results[key]!.messages.filter((m) => m.ruleId?.endsWith("no-restricted-imports")).map((m) => m.message);

beforeAll(async () => {
  for (const folder of Object.values(folders)) {
    fs.mkdirSync(folder, { recursive: true });
    const tsconfig = { extends: path.join(root, "tsconfig.json"), include: ["./*.ts", "./*.tsx"] };
    fs.writeFileSync(path.join(folder, "tsconfig.json"), JSON.stringify(tsconfig));
  }
  const files = Object.entries(fixtures).map(([key, f]) => {
    const file = path.join(folders[f.folder], f.name);
    fs.writeFileSync(file, f.code);
    return [file, key] as const;
  });
  const keyOf = new Map(files);
  const linted = await eslint.lintFiles(files.map(([file]) => file));
  results = Object.fromEntries(linted.map((r) => [keyOf.get(r.filePath)!, r]));
}, 180_000);

afterAll(() => {
  for (const folder of Object.values(folders)) fs.rmSync(folder, { recursive: true, force: true });
});

describe("eslint.config.mjs", () => {
  it("rejects a promise nobody awaits, and an async handler where React expects void", () => {
    expect(rulesOf("floating")).toContain("@typescript-eslint/no-floating-promises");
    expect(rulesOf("form")).toContain("@typescript-eslint/no-misused-promises");
  });

  it("checks accessibility and Next's rules in app/", () => {
    expect(rulesOf("page")).toContain("jsx-a11y/alt-text");
    expect(rulesOf("page")).toContain("@next/next/no-img-element");
  });

  it("keeps the tenant-scoped client factory to the gate; a type import is fine anywhere in server/", () => {
    expect(importMessages("tenantImport")).toContainEqual(
      expect.stringMatching(/tenant gate \(server\/api\/trpc\.ts\)/),
    );
    expect(importMessages("tenantTypeImport")).toEqual([]);
  });

  it("keeps the owner connection out of app/", () => {
    expect(importMessages("page")).toContainEqual(expect.stringMatching(/owner connection/));
  });

  it("parses every fixture (no fatal errors hiding the rules)", () => {
    for (const key of Object.keys(fixtures)) expect(rulesOf(key).filter((r) => r.startsWith("fatal"))).toEqual([]);
  });

  it("leaves formatting to Prettier: no rule eslint-config-prettier turns off is on again", async () => {
    for (const file of ["app/page.tsx", "server/api/trpc.ts", "emails/layout.tsx", "scripts/test.ts"]) {
      const { rules = {} } = await eslint.calculateConfigForFile(path.join(root, file));
      const reenabled = Object.keys(prettierOff.rules ?? {}).filter((rule) => {
        const setting = rules[rule];
        const level = Array.isArray(setting) ? setting[0] : setting;
        return level !== undefined && level !== 0 && level !== "off";
      });
      expect(reenabled, file).toEqual([]);
    }
  });
});
