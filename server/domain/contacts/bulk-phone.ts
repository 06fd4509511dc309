import "server-only";
import { createRequire } from "node:module";
import path from "node:path";
import {
  isPhoneCountry,
  normalizePhone,
  PHONE_METADATA,
  withInternationalZeros,
  type NormalizedPhone,
} from "../../shared/phone";

type ParsedNumber = { number: string; country?: string; ext?: string; isValid(): boolean };
type NumberType = (
  input: { country?: string; countryCallingCode?: string; nationalNumber?: string; phone?: string },
  options: { v2?: boolean } | undefined,
  metadata: unknown,
) => string | undefined;
/** ASCII digits and the punctuation people type between them: no extension pattern can match. */
const NO_EXTENSION = /^[0-9+\-.()/ ]*$/;
type InternalParse = (
  text: string,
  options: { defaultCountry?: string; v2: true },
  metadata: unknown,
) => ParsedNumber | undefined;

/**
 * normalizePhone() for millions of numbers. Phone parsing is the largest share of an import's CPU
 * (libphonenumber-js costs ~13 µs a number here), so the import's worker threads use shortcuts
 * into libphonenumber-js internals (pinned version; normalization.test.ts checks the answers stay
 * identical to normalizePhone on a broad sample):
 * - it compiles a RegExp from the same metadata pattern on every check (its matchesEntirely helper,
 *   looked up at call time by its callers); reusing the compiled RegExp gives the same answers
 *   (the patterns have no g/y flag, so test() keeps no state);
 * - the public parse function copies its options object twice per call with Babel's object-spread
 *   helper; calling the inner parse with one options object per country skips that.
 * - its digit extraction (parseIncompletePhoneNumber, run twice per number) builds an iterator and
 *   calls two helpers per character; a plain loop over char codes keeps exactly its rules (digits of
 *   any script through its own table, one leading +, everything else dropped);
 * - its extension pattern is tried on every number, but each of its alternatives needs a letter,
 *   `;`, `,`, `#` or `~`; a number of ASCII digits and common punctuation cannot match it;
 * - the number type is worked out twice for the same number (once to pick the country among those
 *   sharing a calling code, once by isValid()); the last answer is remembered.
 * Together ~13 → ~3.3 µs a number on one thread (public API vs this, same numbers). When the
 * internals are not where they were, this falls back to normalizePhone.
 */
export function createBulkPhoneNormalizer(): (raw: string, defaultCountry: string) => NormalizedPhone | null {
  const internals = loadInternals();
  if (!internals) return normalizePhone;
  const { parse, ParseError, metadata } = internals;
  const options = new Map<string, { defaultCountry?: string; v2: true }>();
  const parseOnce = (raw: string, defaultCountry: string): NormalizedPhone | null => {
    if (!raw) return null;
    let opts = options.get(defaultCountry);
    if (!opts)
      options.set(
        defaultCountry,
        (opts = { defaultCountry: isPhoneCountry(defaultCountry) ? defaultCountry : undefined, v2: true }),
      );
    let parsed: ParsedNumber | undefined;
    try {
      parsed = parse(raw, opts, metadata);
    } catch (error) {
      if (error instanceof ParseError) return null;
      throw error;
    }
    if (!parsed || !parsed.isValid()) return null;
    return { e164: parsed.number, country: parsed.country ?? null, extension: parsed.ext ?? null };
  };
  return (raw, defaultCountry) => withInternationalZeros(raw, defaultCountry, parseOnce);
}

function loadInternals() {
  try {
    // Resolved from the project root: bundlers may not keep node_modules paths next to this module.
    const require = createRequire(path.join(process.cwd(), "package.json"));
    const build = path.join(path.dirname(require.resolve("libphonenumber-js/min")), "../build");
    const load = <T>(file: string) => require(path.join(build, file)) as T;
    const helper = load<{ default: (text: string, pattern: string) => boolean }>("helpers/matchesEntirely.js");
    const digits = load<{ default: (text: string) => string }>("parseIncompletePhoneNumber.js");
    const { parseDigit } = load<{ parseDigit: (character: string) => string | undefined }>("helpers/parseDigits.js");
    const extension = load<{ default: (number: string) => { number?: string; ext?: string } | undefined }>(
      "helpers/extension/extractExtension.js",
    );
    const numberType = load<{ default: NumberType }>("helpers/getNumberType.js");
    const parse = load<{ default: InternalParse }>("parse.js").default;
    const ParseError = load<{ default: new () => Error }>("ParseError.js").default;
    const metadata = PHONE_METADATA;
    const asExpected = [
      helper.default.length === 2,
      digits.default.length === 1,
      typeof parseDigit === "function",
      extension.default.length === 1,
      numberType.default.length === 3,
      typeof parse === "function",
      typeof ParseError === "function",
    ];
    if (asExpected.includes(false)) return null;

    const compiled = new Map<string, RegExp>();
    helper.default = (text, pattern) => {
      let re = compiled.get(pattern);
      if (!re) compiled.set(pattern, (re = new RegExp(`^(?:${pattern})$`)));
      return re.test(text || "");
    };
    digits.default = (text) => {
      let result = "";
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code >= 48 && code <= 57) result += text[i];
        else if (code === 43) result ||= "+";
        else if (code > 127) result += parseDigit(text[i]!) ?? "";
      }
      return result;
    };
    const extractExtension = extension.default;
    extension.default = (number) => (NO_EXTENSION.test(number) ? {} : extractExtension(number));
    const getNumberType = numberType.default;
    let last: { plan: unknown; national: unknown; metadata: unknown; type: string | undefined } | undefined;
    numberType.default = (input, options, json) => {
      const plan = input.country || input.countryCallingCode;
      const national = options?.v2 ? input.nationalNumber : input.phone;
      if (last && last.plan === plan && last.national === national && last.metadata === json && plan) return last.type;
      const type = getNumberType(input, options, json);
      last = { plan, national, metadata: json, type };
      return type;
    };
    return { parse, ParseError, metadata };
  } catch {
    return null;
  }
}
