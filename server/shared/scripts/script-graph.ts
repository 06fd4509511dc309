import { z } from "zod";
import { contactFieldPairs } from "../contacts/contact-fields";
import { STANDARD_FIELD_KEYS } from "../contacts/field-keys";

// The call script as stored in ScriptVersion.graph, and pure functions over it (no I/O): the
// builder, the preview, the agent workspace and workflows all share them.
//
// Flow rules (documented here because the builder, the runner and validation must agree):
// - Steps form an ordered list. A step without an explicit `next` continues with the step that
//   follows it in the list, so a straight script needs no wiring; branches are the exception.
// - A single-choice option may branch (`option.next`); otherwise the question's `next` applies.
//   Multi-choice options cannot branch (several may be picked, so the target would be ambiguous).
// - Every path must reach an `end` step, which carries the disposition. An `escalate` step hands
//   the call to the campaign's escalation contacts, then continues (usually to an end step).
// - Cycles are allowed (e.g. "anything else?" back to a menu) as long as every step can still
//   reach an end. A loop without a way out — which can only happen when no question in it offers
//   an exit — is an error.

// The import fills exactly these fields; scripts may use them plus the list's custom field keys.
export const STANDARD_CONTACT_FIELDS = STANDARD_FIELD_KEYS;

export const ANSWER_TYPES = ["SINGLE_CHOICE", "MULTI_CHOICE", "FREE_TEXT", "NUMBER", "DATE"] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];
export const STEP_KINDS = ["say", "question", "escalate", "end"] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const MAX_STEPS = 200;
export const MAX_OPTIONS = 20;
const MAX_TEXT = 4000;

const stepId = z.string().trim().min(1).max(64);
// An empty select in a form means "no explicit target", so "" is stored as absent.
const optionalTarget = z
  .string()
  .max(64)
  .optional()
  .transform((v) => v || undefined);
const text = z.string().max(MAX_TEXT, `Text must be at most ${MAX_TEXT} characters`);
const title = z.string().trim().max(80, "Step name must be at most 80 characters");
const optionalNumber = z.number().finite().optional();

export const choiceOptionSchema = z.object({
  label: z.string().max(200, "Option label must be at most 200 characters"),
  value: z.string().max(100, "Option value must be at most 100 characters"),
  next: optionalTarget,
});

const base = { id: stepId, title };

export const scriptStepSchema = z.discriminatedUnion("kind", [
  z.object({ ...base, kind: z.literal("say"), text, next: optionalTarget }),
  z.object({
    ...base,
    kind: z.literal("question"),
    text,
    answerType: z.enum(ANSWER_TYPES),
    options: z.array(choiceOptionSchema).max(MAX_OPTIONS, `At most ${MAX_OPTIONS} options`).default([]),
    next: optionalTarget,
    required: z.boolean().default(true),
    min: optionalNumber,
    max: optionalNumber,
  }),
  z.object({ ...base, kind: z.literal("escalate"), text, next: optionalTarget }),
  z.object({
    ...base,
    kind: z.literal("end"),
    text: text.default(""),
    dispositionCode: z.string().trim().max(64).default(""),
  }),
]);

export const scriptGraphSchema = z.object({
  startStepId: z.string().max(64),
  steps: z
    .array(scriptStepSchema)
    .min(1, "A script needs at least one step")
    .max(MAX_STEPS, `A script can have at most ${MAX_STEPS} steps`),
});

export type ScriptGraph = z.output<typeof scriptGraphSchema>;
export type ScriptGraphInput = z.input<typeof scriptGraphSchema>;
export type ScriptStep = ScriptGraph["steps"][number];
export type QuestionStep = Extract<ScriptStep, { kind: "question" }>;

/** What a new script starts from: a greeting that flows into an end step. */
export function starterGraph(): ScriptGraph {
  return {
    startStepId: "greeting",
    steps: [
      {
        id: "greeting",
        title: "Greeting",
        kind: "say",
        text: "Hello {{contact.firstName}}, this is … calling on behalf of …",
        next: undefined,
      },
      { id: "goodbye", title: "Goodbye", kind: "end", text: "Thank you for your time. Goodbye!", dispositionCode: "" },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Flow

/** How messages name a step: "Step 'Greeting'", or "Step 3" when it has no name. */
export function stepRef(graph: Pick<ScriptGraph, "steps">, id: string): string {
  const index = graph.steps.findIndex((s) => s.id === id);
  const step = graph.steps[index];
  if (!step) return `Step '${id}'`;
  return step.title.trim() ? `Step '${step.title.trim()}'` : `Step ${index + 1}`;
}

/** Where a step goes when nothing overrides it: its explicit `next`, else the following step in the list. */
export function defaultNext(graph: Pick<ScriptGraph, "steps">, index: number): string | undefined {
  const step = graph.steps[index];
  if (!step || step.kind === "end") return undefined;
  return step.next ?? graph.steps[index + 1]?.id;
}

/** False only for a required single-choice question whose every option branches: its default never applies. */
export function usesDefaultNext(step: ScriptStep): boolean {
  if (step.kind === "end") return false;
  if (step.kind !== "question" || step.answerType !== "SINGLE_CHOICE") return true;
  return !step.required || step.options.length === 0 || step.options.some((o) => !o.next);
}

/** Every step a step can lead to (deduplicated), in a stable order. */
export function successors(graph: Pick<ScriptGraph, "steps">, index: number): string[] {
  const step = graph.steps[index];
  if (!step || step.kind === "end") return [];
  const out = new Set<string>();
  if (step.kind === "question" && step.answerType === "SINGLE_CHOICE") {
    for (const option of step.options) if (option.next) out.add(option.next);
  }
  const fallback = usesDefaultNext(step) ? defaultNext(graph, index) : undefined;
  if (fallback) out.add(fallback);
  return [...out];
}

// ---------------------------------------------------------------------------------------------
// Placeholders

const PLACEHOLDER = /\{\{\s*contact\.([A-Za-z0-9_-]+)\s*\}\}/g;
const ANY_BRACES = /\{\{([^{}]*)\}\}/g;
const EXACT_PLACEHOLDER = new RegExp(`^${PLACEHOLDER.source}$`);

export interface PlaceholderUse {
  stepId: string;
  field: string;
}

/** Every text of a step that is shown or read out (question options included). */
function stepTexts(step: ScriptStep): string[] {
  const texts = [step.text];
  if (step.kind === "question") texts.push(...step.options.map((o) => o.label));
  return texts;
}

/** Each `{{contact.field}}` used, once per step and field, in step order. */
export function extractPlaceholders(graph: Pick<ScriptGraph, "steps">): PlaceholderUse[] {
  const uses: PlaceholderUse[] = [];
  for (const step of graph.steps) {
    const seen = new Set<string>();
    for (const t of stepTexts(step)) {
      for (const match of t.matchAll(PLACEHOLDER)) {
        const field = match[1]!;
        if (!seen.has(field)) uses.push({ stepId: step.id, field });
        seen.add(field);
      }
    }
  }
  return uses;
}

/** The fields a script may use: the standard contact fields plus the list's custom columns. */
export function availableContactFields(customFields: readonly string[]): string[] {
  return [...new Set<string>([...STANDARD_CONTACT_FIELDS, ...customFields])];
}

export interface MissingPlaceholder extends PlaceholderUse {
  message: string;
}

/** Placeholders naming a field the contact list does not have, with a message a person can act on. */
export function checkPlaceholders(
  graph: Pick<ScriptGraph, "steps">,
  availableFields: readonly string[],
): MissingPlaceholder[] {
  const available = new Set(availableFields);
  return extractPlaceholders(graph)
    .filter((use) => !available.has(use.field))
    .map((use) => {
      const nearMiss = availableFields.find((f) => f.toLowerCase() === use.field.toLowerCase());
      const hint = nearMiss ? ` Did you mean {{contact.${nearMiss}}}?` : "";
      return {
        ...use,
        message: `${stepRef(graph, use.stepId)} uses {{contact.${use.field}}}, but the contact list has no column '${use.field}'.${hint}`,
      };
    });
}

/** `{{…}}` that is not a `{{contact.field}}` placeholder: it would be read out literally. */
function malformedPlaceholders(step: ScriptStep): string[] {
  const bad: string[] = [];
  for (const t of stepTexts(step)) {
    for (const match of t.matchAll(ANY_BRACES)) {
      if (!EXACT_PLACEHOLDER.test(match[0])) bad.push(match[0]);
    }
  }
  return bad;
}

/**
 * A contact's values by field key. A Map, never a plain object: a custom field may be named
 * `constructor`, `__proto__` or `toString`, which an object would confuse with its prototype.
 */
export type ContactValues = ReadonlyMap<string, string | number | null | undefined>;

/** A Contact row as the field key → value map that placeholders name (standard fields win). */
export function contactValues(contact: {
  phoneE164: string;
  phoneExtension?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  country?: string | null;
  region?: string | null;
  timeZone?: string | null;
  fields?: unknown;
}): Map<string, string> {
  const out = new Map<string, string>(contactFieldPairs(contact.fields));
  const standard: [string, string | null | undefined][] = [
    ["phone", contact.phoneE164],
    ["phoneExtension", contact.phoneExtension],
    ["firstName", contact.firstName],
    ["lastName", contact.lastName],
    ["email", contact.email],
    ["country", contact.country],
    ["region", contact.region],
    ["timeZone", contact.timeZone],
  ];
  for (const [key, value] of standard) if (value) out.set(key, value);
  return out;
}

export type TextSegment =
  | { kind: "text"; text: string }
  | { kind: "value"; field: string; text: string }
  | { kind: "missing"; field: string; text: string };

/** The text split into literal parts, filled-in values and visibly missing values (for highlighting). */
export function renderSegments(text: string, contact: ContactValues): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) segments.push({ kind: "text", text: text.slice(last, match.index) });
    const field = match[1]!;
    const raw = contact.get(field);
    const value = raw === null || raw === undefined ? "" : String(raw).trim();
    segments.push(
      value ? { kind: "value", field, text: value } : { kind: "missing", field, text: `[missing: ${field}]` },
    );
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ kind: "text", text: text.slice(last) });
  return segments;
}

/**
 * Fills `{{contact.field}}` with the contact's values. The result is plain text (render it as text,
 * never as HTML); an absent or blank value shows as "[missing: field]" so the agent notices.
 */
export function renderText(text: string, contact: ContactValues): string {
  return renderSegments(text, contact)
    .map((s) => s.text)
    .join("");
}

// ---------------------------------------------------------------------------------------------
// Validation

export interface ScriptIssue {
  severity: "error" | "warning";
  message: string;
  /** The step the issue is about, for showing it in place. */
  stepId?: string;
}

export interface ScriptCheckContext {
  /** Every field a placeholder may name (see availableContactFields). */
  availableFields: readonly string[];
  /** The campaign's disposition codes; null when none are configured yet. */
  dispositionCodes: readonly string[] | null;
}

/** Every problem in a script. Errors block submission; warnings do not. */
export function validateGraph(graph: ScriptGraph, context: ScriptCheckContext): ScriptIssue[] {
  const issues: ScriptIssue[] = [];
  const error = (message: string, stepId?: string) => issues.push({ severity: "error", message, stepId });
  const warning = (message: string, stepId?: string) => issues.push({ severity: "warning", message, stepId });

  const indexById = new Map<string, number>();
  graph.steps.forEach((step, index) => {
    if (indexById.has(step.id)) error(`Two steps share the id '${step.id}'. Each step needs its own id.`, step.id);
    else indexById.set(step.id, index);
  });
  const exists = (id: string) => indexById.has(id);

  if (!exists(graph.startStepId))
    error(
      graph.startStepId
        ? `The start step '${graph.startStepId}' does not exist.`
        : "Choose the step the script starts with.",
    );

  graph.steps.forEach((step, index) => {
    const name = stepRef(graph, step.id);
    const checkTarget = (target: string | undefined, what: string) => {
      if (target !== undefined && !exists(target))
        error(`${name}: ${what} points to a step that no longer exists. Choose another step.`, step.id);
    };

    if (step.kind !== "end" && !step.text.trim()) error(`${name} has no text.`, step.id);
    if (step.kind !== "end") {
      checkTarget(step.next, "the next step");
      if (step.next === undefined && index === graph.steps.length - 1 && usesDefaultNext(step)) {
        error(
          `${name} is the last step but does not end the call. Add an End step after it, or choose where it goes next.`,
          step.id,
        );
      }
    }

    if (step.kind === "question") {
      const choice = step.answerType === "SINGLE_CHOICE" || step.answerType === "MULTI_CHOICE";
      if (choice) {
        if (step.options.length < 2) error(`${name} needs at least two options to choose from.`, step.id);
        const values = new Set<string>();
        step.options.forEach((option, i) => {
          if (!option.label.trim()) error(`${name}: option ${i + 1} has no label.`, step.id);
          if (!option.value.trim()) error(`${name}: option ${i + 1} has no value.`, step.id);
          else if (values.has(option.value)) error(`${name}: two options share the value '${option.value}'.`, step.id);
          values.add(option.value);
          if (step.answerType === "MULTI_CHOICE" && option.next)
            error(
              `${name}: options of a multiple-choice question cannot branch. Use a single-choice question to branch.`,
              step.id,
            );
          else checkTarget(option.next, `option '${option.label || i + 1}'`);
        });
      } else if (step.options.length > 0) {
        warning(`${name}: options are ignored for this answer type.`, step.id);
      }
      if (step.answerType === "NUMBER" && step.min !== undefined && step.max !== undefined && step.min > step.max) {
        error(`${name}: the minimum (${step.min}) is greater than the maximum (${step.max}).`, step.id);
      }
    }

    if (step.kind === "end") {
      const code = step.dispositionCode.trim();
      if (!code) error(`${name} needs a disposition, so the call outcome is recorded.`, step.id);
      else if (context.dispositionCodes && !context.dispositionCodes.includes(code)) {
        error(`${name} uses the disposition '${code}', which is not one of the campaign's dispositions.`, step.id);
      }
    }

    for (const bad of malformedPlaceholders(step)) {
      error(
        `${name} contains ${bad}, which is not a placeholder. Write {{contact.fieldName}}, for example {{contact.firstName}}.`,
        step.id,
      );
    }
  });

  if (context.dispositionCodes === null && graph.steps.some((s) => s.kind === "end")) {
    warning(
      "The campaign has no dispositions configured yet, so disposition codes cannot be checked. Add them in Settings.",
    );
  }

  for (const missing of checkPlaceholders(graph, context.availableFields)) error(missing.message, missing.stepId);

  // Reachability from the start, then which steps can still reach an end (reverse search). Steps
  // whose flow is already broken (dangling target, falling off the list) count as "ending" here so
  // that only genuine loops are reported as loops; the breakage itself is reported above.
  const start = indexById.get(graph.startStepId);
  const targets = graph.steps.map((_, index) => successors(graph, index));
  const edges = targets.map((ids) => ids.flatMap((id) => (indexById.has(id) ? [indexById.get(id)!] : [])));
  const reachable = new Set<number>();
  const queue = start === undefined ? [] : [start];
  while (queue.length) {
    const i = queue.pop()!;
    if (reachable.has(i)) continue;
    reachable.add(i);
    queue.push(...edges[i]!);
  }
  const exits = new Set<number>(
    graph.steps.flatMap((s, i) =>
      s.kind === "end" || targets[i]!.length === 0 || targets[i]!.some((id) => !exists(id)) ? [i] : [],
    ),
  );
  for (let changed = true; changed;) {
    changed = false;
    edges.forEach((to, i) => {
      if (!exits.has(i) && to.some((t) => exits.has(t))) {
        exits.add(i);
        changed = true;
      }
    });
  }
  if (!graph.steps.some((s) => s.kind === "end"))
    error("The script has no End step. Every call must end with a disposition.");
  graph.steps.forEach((step, i) => {
    if (indexById.get(step.id) !== i) return;
    if (!reachable.has(i)) {
      if (start !== undefined) warning(`${stepRef(graph, step.id)} can never be reached from the start.`, step.id);
    } else if (!exits.has(i)) {
      error(
        `${stepRef(graph, step.id)} can never reach an End step: the call goes round in a loop. Add an answer that leads out of the loop, or an End step.`,
        step.id,
      );
    }
  });

  return dedupe(issues);
}

function dedupe(issues: ScriptIssue[]): ScriptIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.severity}|${issue.stepId ?? ""}|${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Errors and warnings as plain messages (what submission checks: any error blocks it). */
export function scriptIssues(
  graph: ScriptGraph,
  context: ScriptCheckContext,
): { errors: string[]; warnings: string[] } {
  const issues = validateGraph(graph, context);
  return {
    errors: issues.filter((i) => i.severity === "error").map((i) => i.message),
    warnings: issues.filter((i) => i.severity === "warning").map((i) => i.message),
  };
}

// ---------------------------------------------------------------------------------------------
// Running a script (preview and agent workspace)

/** An answer as entered: choices by value, NUMBER as a decimal string, DATE as YYYY-MM-DD. */
export type ScriptAnswer = string | string[] | null;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why an answer cannot be accepted for a question, or null when it is fine. */
export function answerError(step: QuestionStep, answer: ScriptAnswer): string | null {
  const values = Array.isArray(answer) ? answer : answer === null || answer.trim() === "" ? [] : [answer.trim()];
  if (values.length === 0)
    return step.required ? (step.answerType.endsWith("CHOICE") ? "Choose an answer." : "An answer is required.") : null;
  switch (step.answerType) {
    case "SINGLE_CHOICE":
    case "MULTI_CHOICE": {
      if (step.answerType === "SINGLE_CHOICE" && values.length > 1) return "Choose one answer.";
      const known = new Set(step.options.map((o) => o.value));
      return values.every((v) => known.has(v)) ? null : "Choose one of the listed answers.";
    }
    case "NUMBER": {
      const raw = values[0]!;
      const n = Number(raw);
      if (!/^-?\d+(\.\d+)?$/.test(raw) || !Number.isFinite(n)) return "Enter a number.";
      if (step.min !== undefined && n < step.min) return `Enter a number of at least ${step.min}.`;
      if (step.max !== undefined && n > step.max) return `Enter a number of at most ${step.max}.`;
      return null;
    }
    case "DATE": {
      const m = DATE.exec(values[0]!);
      const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
      const valid =
        m &&
        d &&
        d.getUTCFullYear() === Number(m[1]) &&
        d.getUTCMonth() === Number(m[2]) - 1 &&
        d.getUTCDate() === Number(m[3]);
      return valid ? null : "Enter a date as YYYY-MM-DD.";
    }
    case "FREE_TEXT":
      return values[0]!.length > 2000 ? "The answer must be at most 2000 characters." : null;
  }
}

export type StepResult =
  { kind: "next"; stepId: string } | { kind: "end"; dispositionCode: string } | { kind: "invalid"; message: string };

/** Where the call goes after `stepId` given the answer (ignored for non-questions). */
export function nextStep(graph: ScriptGraph, stepId: string, answer: ScriptAnswer = null): StepResult {
  const index = graph.steps.findIndex((s) => s.id === stepId);
  const step = graph.steps[index];
  if (!step) return { kind: "invalid", message: `The step '${stepId}' does not exist.` };
  if (step.kind === "end") return { kind: "end", dispositionCode: step.dispositionCode };

  let target = defaultNext(graph, index);
  if (step.kind === "question") {
    const problem = answerError(step, answer);
    if (problem) return { kind: "invalid", message: problem };
    if (step.answerType === "SINGLE_CHOICE" && typeof answer === "string") {
      target = step.options.find((o) => o.value === answer.trim())?.next ?? target;
    }
  }
  if (target === undefined)
    return {
      kind: "invalid",
      message: `${stepRef(graph, step.id)} does not lead anywhere; the script needs an End step.`,
    };
  if (!graph.steps.some((s) => s.id === target))
    return { kind: "invalid", message: `${stepRef(graph, step.id)} leads to a step that does not exist.` };
  return { kind: "next", stepId: target };
}
