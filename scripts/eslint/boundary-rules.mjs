import path from "node:path";

// The server/browser boundary as lint rules (docs/decisions.md, "server/shared"). Each rule decides
// from the file's own path whether it applies, so eslint.config.mjs enables them for every file and
// the RuleTester test (boundary-rules.test.ts) covers the scoping too.
//
//   server/shared/   code both the browser and the server run: zod schemas and pure rules
//   server/…         everything else; each module starts with import "server-only"
//
// Paths are repository-relative with forward slashes; "@/x" is the project root alias.

const SERVER_ONLY = "server-only";

/** Repository-relative path of the file being linted, or null when it is outside the project. */
function fileOf(context) {
  const relative = path.relative(context.cwd, context.filename).split(path.sep).join("/");
  return relative.startsWith("..") || path.isAbsolute(relative) ? null : relative;
}

/** Repository-relative path an import specifier points to, or null for a package. */
function targetOf(context, specifier) {
  if (specifier.startsWith("@/")) return path.posix.normalize(specifier.slice(2));
  if (!specifier.startsWith(".")) return null;
  const absolute = path.resolve(path.dirname(context.filename), specifier);
  return path.relative(context.cwd, absolute).split(path.sep).join("/");
}

const under = (file, dir) => file === dir || file.startsWith(`${dir}/`);
const isTest = (file) => /\.test\.tsx?$/.test(file);
const isShared = (file) => under(file, "server/shared");
const isServerModule = (file) => /\.(ts|tsx|mts)$/.test(file) && !file.endsWith(".d.ts") && !isTest(file);

/** Calls `check(node, specifier, typeOnly)` for every static and dynamic import and re-export. */
function eachImport(check) {
  const typeOnly = (node) =>
    node.importKind === "type" ||
    node.exportKind === "type" ||
    (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === "type" || s.exportKind === "type"));
  const fromSource = (node) => {
    if (node.source && typeof node.source.value === "string") check(node.source, node.source.value, typeOnly(node));
  };
  return {
    ImportDeclaration: fromSource,
    ExportNamedDeclaration: fromSource,
    ExportAllDeclaration: fromSource,
    ImportExpression(node) {
      if (node.source.type === "Literal" && typeof node.source.value === "string")
        check(node.source, node.source.value, false);
    },
  };
}

const isUseClient = (program) =>
  program.body.some((statement) => statement.type === "ExpressionStatement" && statement.directive === "use client");

/** A "use client" file value-imports from server/ only server/shared (types are erased, so allowed). */
const clientImportsSharedOnly = {
  meta: {
    type: "problem",
    docs: { description: "Client components import from server/ only the browser-safe server/shared." },
    messages: {
      serverOnly:
        'A "use client" module may import from server/ only server/shared (schemas and pure rules the browser can run); "{{specifier}}" is server-only. Move what the browser needs to server/shared, or call the server through tRPC.',
    },
    schema: [],
  },
  create(context) {
    const file = fileOf(context);
    if (!file) return {};
    let client = false;
    return {
      Program(program) {
        client = isUseClient(program);
      },
      ...eachImport((node, specifier, typeOnly) => {
        if (!client || typeOnly) return;
        const target = targetOf(context, specifier);
        if (target && under(target, "server") && !isShared(target))
          context.report({ node, messageId: "serverOnly", data: { specifier } });
      }),
    };
  },
};

/** Every server/ module outside server/shared (tests aside) starts with import "server-only". */
const serverOnlyFirst = {
  meta: {
    type: "problem",
    fixable: "code",
    docs: { description: 'server/ modules outside server/shared start with import "server-only".' },
    messages: {
      missing:
        'Server modules start with import "server-only", so a client bundle that pulls one in fails the build. Code the browser also runs belongs in server/shared.',
    },
    schema: [],
  },
  create(context) {
    const file = fileOf(context);
    if (!file || !under(file, "server") || isShared(file) || !isServerModule(file)) return {};
    return {
      Program(program) {
        const first = program.body[0];
        if (first?.type === "ImportDeclaration" && first.source.value === SERVER_ONLY && first.specifiers.length === 0)
          return;
        context.report({
          loc: { line: 1, column: 0 },
          messageId: "missing",
          fix: (fixer) => fixer.insertTextBeforeRange([0, 0], `import "${SERVER_ONLY}";\n`),
        });
      },
    };
  },
};

/**
 * server/shared imports only server/shared and packages (browser-safe ones: zod, libphonenumber-js),
 * never "server-only" nor anything else in the repository. Its tests may import what they need.
 */
const sharedImportsSharedOnly = {
  meta: {
    type: "problem",
    docs: { description: "server/shared imports nothing from the rest of the repository." },
    messages: {
      outside:
        'server/shared runs in the browser too: it may import only other server/shared modules and browser-safe packages, not "{{specifier}}". Keep server-only code in server/ and pass values in.',
      serverOnly: 'server/shared runs in the browser too; it must not import "server-only".',
    },
    schema: [],
  },
  create(context) {
    const file = fileOf(context);
    if (!file || !isShared(file) || isTest(file)) return {};
    return eachImport((node, specifier) => {
      if (specifier === SERVER_ONLY) return context.report({ node, messageId: "serverOnly" });
      const target = targetOf(context, specifier);
      if (target && !isShared(target)) context.report({ node, messageId: "outside", data: { specifier } });
    });
  },
};

/** Nothing outside app/ imports app/, and nothing outside e2e/ imports e2e/. */
const noAppOrE2eImports = {
  meta: {
    type: "problem",
    docs: { description: "app/ and e2e/ are leaves: nothing else imports them." },
    messages: {
      leaf: '{{dir}}/ is a leaf of the import graph (DESIGN.md): nothing outside it imports it, so "{{specifier}}" is not allowed here.',
    },
    schema: [],
  },
  create(context) {
    const file = fileOf(context);
    if (!file) return {};
    return eachImport((node, specifier) => {
      const target = targetOf(context, specifier);
      for (const dir of ["app", "e2e"])
        if (target && under(target, dir) && !under(file, dir))
          context.report({ node, messageId: "leaf", data: { dir, specifier } });
    });
  },
};

export default {
  meta: { name: "callwright-boundary" },
  rules: {
    "client-imports-shared-only": clientImportsSharedOnly,
    "server-only-first": serverOnlyFirst,
    "shared-imports-shared-only": sharedImportsSharedOnly,
    "no-app-or-e2e-imports": noAppOrE2eImports,
  },
};
