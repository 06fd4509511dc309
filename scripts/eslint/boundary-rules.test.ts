import path from "node:path";
import { RuleTester } from "eslint";
import tseslint from "typescript-eslint";
import { describe, it } from "vitest";
import boundary from "./boundary-rules.mjs";

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
/** Rules resolve paths against ESLint's cwd, which RuleTester leaves at process.cwd(). */
const at = (file: string) => path.join(process.cwd(), file);
const rule = (name: string) => boundary.rules[name as keyof typeof boundary.rules];
const SERVER_ONLY = 'import "server-only";\n';

tester.run("client-imports-shared-only", rule("client-imports-shared-only"), {
  valid: [
    {
      filename: at("app/portal/form.tsx"),
      code: `"use client";\nimport { money } from "@/server/shared/money";\nimport { x } from "../../server/shared/phone";`,
    },
    {
      filename: at("app/portal/form.tsx"),
      code: `"use client";\nimport type { AppRouter } from "@/server/api/root";\nimport { type Tx } from "@/server/db/tenant-db";`,
    },
    // A server component may call the server.
    { filename: at("app/portal/page.tsx"), code: `import { tenantDb } from "@/server/db/tenant-db";` },
    { filename: at("app/portal/form.tsx"), code: `"use client";\nimport { z } from "zod";` },
  ],
  invalid: [
    {
      filename: at("app/portal/form.tsx"),
      code: `"use client";\nimport { formatMinor } from "@/server/domain/pricing/money";`,
      errors: [{ messageId: "serverOnly" }],
    },
    {
      filename: at("app/portal/deep/form.tsx"),
      code: `"use client";\nimport { signUpSchema } from "../../../server/api/routers/auth/sign-up.schema";`,
      errors: [{ messageId: "serverOnly" }],
    },
    {
      filename: at("app/portal/form.tsx"),
      code: `"use client";\nexport { x } from "@/server/domain/x";\nconst m = () => import("@/server/env");`,
      errors: [{ messageId: "serverOnly" }, { messageId: "serverOnly" }],
    },
    {
      // A type and a value from the same module: the value makes it a runtime import.
      filename: at("app/portal/form.tsx"),
      code: `"use client";\nimport { type A, b } from "@/server/domain/campaigns/list-campaigns";`,
      errors: [{ messageId: "serverOnly" }],
    },
  ],
});

tester.run("server-only-first", rule("server-only-first"), {
  valid: [
    { filename: at("server/domain/x.ts"), code: `${SERVER_ONLY}import { z } from "zod";` },
    { filename: at("server/shared/money.ts"), code: `import { z } from "zod";` },
    { filename: at("server/domain/x.test.ts"), code: `import { it } from "vitest";` },
    { filename: at("server/domain/x.int.test.ts"), code: `import { it } from "vitest";` },
    { filename: at("workflows/activities/x.ts"), code: `import { z } from "zod";` },
  ],
  invalid: [
    {
      filename: at("server/domain/x.ts"),
      code: `import { z } from "zod";\nexport const a = 1;`,
      errors: [{ messageId: "missing" }],
      output: `${SERVER_ONLY}import { z } from "zod";\nexport const a = 1;`,
    },
    {
      // Present, but not first: a module above it would already have run in the browser.
      filename: at("server/api/routers/x/y.schema.ts"),
      code: `import { z } from "zod";\nimport "server-only";`,
      errors: [{ messageId: "missing" }],
      output: `${SERVER_ONLY}import { z } from "zod";\nimport "server-only";`,
    },
    {
      filename: at("server/env.ts"),
      code: `export const env = {};`,
      errors: [{ messageId: "missing" }],
      output: `${SERVER_ONLY}export const env = {};`,
    },
  ],
});

tester.run("shared-imports-shared-only", rule("shared-imports-shared-only"), {
  valid: [
    {
      filename: at("server/shared/campaigns/settings.ts"),
      code: `import { z } from "zod";\nimport { money } from "../money";\nimport { p } from "@/server/shared/phone";`,
    },
    // Its tests may reach further.
    { filename: at("server/shared/x.test.ts"), code: `import { db } from "../db/tenant-db";` },
    { filename: at("server/domain/x.ts"), code: `${SERVER_ONLY}import { db } from "../db/tenant-db";` },
  ],
  invalid: [
    {
      filename: at("server/shared/campaigns/settings.ts"),
      code: `import { AppError } from "../../errors";`,
      errors: [{ messageId: "outside" }],
    },
    {
      filename: at("server/shared/x.ts"),
      code: `import type { Tx } from "@/server/db/tenant-db";\nexport * from "../domain/y";`,
      errors: [{ messageId: "outside" }, { messageId: "outside" }],
    },
    { filename: at("server/shared/x.ts"), code: SERVER_ONLY, errors: [{ messageId: "serverOnly" }] },
    {
      filename: at("server/shared/x.ts"),
      code: `import { pace } from "../../workflows/shared/pacing";`,
      errors: [{ messageId: "outside" }],
    },
  ],
});

tester.run("no-app-or-e2e-imports", rule("no-app-or-e2e-imports"), {
  valid: [
    { filename: at("app/portal/page.tsx"), code: `import { Card } from "../_components/ui/card";` },
    { filename: at("app/portal/page.tsx"), code: `import { Card } from "@/app/_components/ui/card";` },
    { filename: at("e2e/campaign.spec.ts"), code: `import { signIn } from "./fixtures";` },
  ],
  invalid: [
    {
      filename: at("server/domain/x.ts"),
      code: `import { errorMessage } from "../../app/_lib/errors";`,
      errors: [{ messageId: "leaf" }],
    },
    {
      filename: at("scripts/bench.ts"),
      code: `import { signIn } from "../e2e/fixtures";`,
      errors: [{ messageId: "leaf" }],
    },
    {
      filename: at("e2e/campaign.spec.ts"),
      code: `import { Card } from "@/app/_components/ui/card";`,
      errors: [{ messageId: "leaf" }],
    },
    {
      filename: at("workflows/worker.ts"),
      code: `const page = await import("@/app/page");`,
      errors: [{ messageId: "leaf" }],
    },
  ],
});
