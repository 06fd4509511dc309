import { createRequire } from "node:module";
import path from "node:path";
import { isSupportedCountry } from "libphonenumber-js/min";
import { normalizePhone, type NormalizedPhone } from "./phone";

type ParsedNumber = { number: string; country?: string; isValid(): boolean };
type InternalParse = (text: string, options: { defaultCountry?: string; v2: true }, metadata: unknown) => ParsedNumber | undefined;

/**
 * normalizePhone() for millions of numbers. Phone parsing is the largest share of an import's CPU
 * (libphonenumber-js costs ~14 µs a number here), so the import's worker threads use two shortcuts
 * into libphonenumber-js internals (pinned version; normalization.test.ts checks the answers stay
 * identical to normalizePhone on a broad sample):
 * - it compiles a RegExp from the same metadata pattern on every check (its matchesEntirely helper,
 *   looked up at call time by its callers); reusing the compiled RegExp gives the same answers
 *   (the patterns have no g/y flag, so test() keeps no state);
 * - the public parse function copies its options object twice per call with Babel's object-spread
 *   helper; calling the inner parse with one options object per country skips that.
 * Together ~14 → ~7 µs a number. When the internals are not where they were, this falls back to
 * normalizePhone.
 */
export function createBulkPhoneNormalizer(): (raw: string, defaultCountry: string) => NormalizedPhone | null {
  const internals = loadInternals();
  if (!internals) return normalizePhone;
  const { parse, ParseError, metadata } = internals;
  const options = new Map<string, { defaultCountry?: string; v2: true }>();
  return (raw, defaultCountry) => {
    if (!raw) return null;
    let opts = options.get(defaultCountry);
    if (!opts) options.set(defaultCountry, (opts = { defaultCountry: isSupportedCountry(defaultCountry) ? defaultCountry : undefined, v2: true }));
    let parsed: ParsedNumber | undefined;
    try {
      parsed = parse(raw, opts, metadata);
    } catch (error) {
      if (error instanceof ParseError) return null;
      throw error;
    }
    if (!parsed || !parsed.isValid()) return null;
    return { e164: parsed.number, country: parsed.country ?? null };
  };
}

function loadInternals() {
  try {
    // Resolved from the project root: bundlers may not keep node_modules paths next to this module.
    const require = createRequire(path.join(process.cwd(), "package.json"));
    const build = path.join(path.dirname(require.resolve("libphonenumber-js/min")), "../build");
    const helper = require(path.join(build, "helpers/matchesEntirely.js")) as { default: (text: string, pattern: string) => boolean };
    const parse = (require(path.join(build, "parse.js")) as { default: InternalParse }).default;
    const ParseError = (require(path.join(build, "ParseError.js")) as { default: new () => Error }).default;
    const metadata = require(path.join(build, "../metadata.min.json")) as unknown;
    if (typeof helper.default !== "function" || helper.default.length !== 2 || typeof parse !== "function" || typeof ParseError !== "function") return null;
    const compiled = new Map<string, RegExp>();
    helper.default = (text, pattern) => {
      let re = compiled.get(pattern);
      if (!re) compiled.set(pattern, (re = new RegExp(`^(?:${pattern})$`)));
      return re.test(text || "");
    };
    return { parse, ParseError, metadata };
  } catch {
    return null;
  }
}
