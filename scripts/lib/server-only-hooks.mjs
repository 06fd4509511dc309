// Module resolution hooks (registered by server-entry.mjs): "server-only" resolves under the
// react-server condition, to the package's own empty module, exactly as in Next's server bundles.
// Only that one specifier: every other package resolves as usual.
export async function resolve(specifier, context, nextResolve) {
  if (specifier !== "server-only") return nextResolve(specifier, context);
  return nextResolve(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
}
