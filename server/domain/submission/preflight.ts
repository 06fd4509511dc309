import "server-only";
import { z } from "zod";
import type { CampaignSettings } from "../../shared/campaigns/campaign-settings";
import { quoteForCampaignType, quoteSchema, type Quote, type QuoteRatePlan } from "../pricing/quote";
import { formatMoney } from "../../shared/money";
import { countNeverOverlapping, type ContactPlaceGroup } from "./window-overlap";
import {
  preflightCheckSchema,
  preflightCountsSchema,
  type PreflightCheck,
  type PreflightCounts,
} from "../../shared/submission/preflight-result";

// Pure: the compliance pre-flight from facts loaded elsewhere (load-preflight.ts). Errors block
// submission; warnings and info rows are shown but do not.

/** Stored on CampaignSubmission.preflight and returned by submission.preflight. */
export const preflightSchema = z.object({
  counts: preflightCountsSchema,
  checks: z.array(preflightCheckSchema),
  errors: z.array(z.string()),
  warnings: z.array(z.string()),
  quote: quoteSchema.nullable(),
  scriptVersionId: z.string().nullable(),
  checkedAt: z.string(),
});
export type Preflight = z.infer<typeof preflightSchema>;

export interface PreflightFacts {
  settings: CampaignSettings;
  /** Only a DRAFT or REJECTED campaign is checked for submission; the script is frozen afterwards. */
  editable: boolean;
  /** "YYYY-MM-DD" in the organization's zone: a schedule starting before it is stale. */
  today: string;
  now: Date;
  list: { listSize: number; valid: number; invalid: number; duplicate: number; dnc: number } | null;
  /** Valid contacts of the active list grouped by time zone, country and region. */
  places: ContactPlaceGroup[];
  script: {
    versionId: string;
    version: number;
    status: string;
    hasEscalateStep: boolean;
    errors: string[];
    warnings: string[];
  } | null;
  escalationContacts: number;
  ratePlan: QuoteRatePlan | null;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

export function computePreflight(f: PreflightFacts): Preflight {
  const checks: PreflightCheck[] = [];
  const add = (check: PreflightCheck) => checks.push(check);
  const s = f.settings;

  // Settings: each missing section blocks.
  const required: [string, boolean, string][] = [
    ["type", s.type !== null, "Choose the campaign type"],
    ["schedule", s.startDate !== null && s.endDate !== null, "Set the start and end dates"],
    ["callingWindow", s.callingWindow !== null, "Set the calling window"],
    ["dialMode", s.dialMode !== null, "Choose the dial mode"],
    ["retryPolicy", s.retryPolicy !== null, "Set the retry policy"],
    ["callerId", s.callerId !== null, "Set the caller ID"],
    ["dispositions", s.dispositions !== null && s.dispositions.length > 0, "Add the dispositions"],
  ];
  for (const [id, ok, title] of required)
    if (!ok) add({ id: `settings.${id}`, level: "error", title, step: "settings" });
  for (const column of s.invalidColumns)
    add({
      id: `settings.invalid.${column}`,
      level: "error",
      title: `The saved ${column} is no longer valid`,
      detail: "Open Settings and save that section again.",
      step: "settings",
    });
  if (s.startDate && s.startDate < f.today) {
    add({
      id: "settings.schedule.past",
      level: "error",
      title: "The start date has passed",
      detail: `It was ${s.startDate}; today is ${f.today}. Pick new dates.`,
      step: "settings",
    });
  }
  if (required.every(([, ok]) => ok) && s.invalidColumns.length === 0)
    add({ id: "settings", level: "ok", title: "Settings are complete", step: "settings" });

  // Contacts.
  const valid = f.places.reduce((n, g) => n + g.count, 0);
  const noTimeZone = f.places.filter((g) => g.timeZone === null).reduce((n, g) => n + g.count, 0);
  const schedule =
    s.startDate && s.endDate && s.callingWindow
      ? { startDate: s.startDate, endDate: s.endDate, window: s.callingWindow }
      : null;
  const windowNeverOverlaps = schedule ? countNeverOverlapping(schedule, f.places, f.now) : 0;
  const callable = Math.max(0, valid - noTimeZone - windowNeverOverlaps);
  const counts: PreflightCounts = {
    listSize: f.list?.listSize ?? 0,
    valid,
    invalid: f.list?.invalid ?? 0,
    duplicate: f.list?.duplicate ?? 0,
    dnc: f.list?.dnc ?? 0,
    noTimeZone,
    windowNeverOverlaps,
    callable,
  };
  if (!f.list) {
    add({ id: "contacts.list", level: "error", title: "Upload a contact list", step: "contacts" });
  } else if (valid === 0) {
    add({
      id: "contacts.valid",
      level: "error",
      title: "The contact list has no valid contacts",
      detail: "Fix the rejected rows and upload it again.",
      step: "contacts",
    });
  } else {
    add({ id: "contacts.valid", level: "ok", title: `${plural(valid, "valid contact")}`, step: "contacts" });
    if (counts.invalid)
      add({
        id: "contacts.invalid",
        level: "info",
        title: `${plural(counts.invalid, "row")} rejected as invalid`,
        detail: "Download the rejected rows with their reasons in the Contacts step.",
        step: "contacts",
      });
    if (counts.duplicate)
      add({
        id: "contacts.duplicate",
        level: "info",
        title: `${plural(counts.duplicate, "duplicate")} removed`,
        step: "contacts",
      });
    if (counts.dnc)
      add({
        id: "contacts.dnc",
        level: "info",
        title: `${plural(counts.dnc, "number")} on a do-not-call list removed`,
        step: "contacts",
      });
    if (noTimeZone)
      add({
        id: "contacts.noTimeZone",
        level: "warning",
        title: `${plural(noTimeZone, "contact")} without a time zone will not be called`,
        detail: "Add a time zone, country or region column so their local time is known.",
        step: "contacts",
      });
    if (windowNeverOverlaps) {
      add({
        id: "contacts.windowNeverOverlaps",
        level: "warning",
        title: `${plural(windowNeverOverlaps, "contact")} can never be called in this schedule`,
        detail:
          "Their local calling window (after the legal hours where they live) never falls on a scheduled day. Widen the window or the dates.",
        step: "settings",
      });
    }
    if (schedule && callable === 0)
      add({
        id: "contacts.callable",
        level: "error",
        title: "No contact can be called within the schedule and calling window",
        step: "settings",
      });
  }

  // Script.
  if (!f.script) {
    add({ id: "script.missing", level: "error", title: "Write the call script", step: "script" });
  } else {
    for (const [i, message] of f.script.errors.entries())
      add({ id: `script.error.${i}`, level: "error", title: message, step: "script" });
    for (const [i, message] of f.script.warnings.entries())
      add({ id: `script.warning.${i}`, level: "warning", title: message, step: "script" });
    if (f.editable && f.script.status !== "DRAFT") {
      add({
        id: "script.status",
        level: "error",
        title: `Script version ${f.script.version} is ${f.script.status.toLowerCase()}`,
        detail: "Save the script again to create a new version for this review.",
        step: "script",
      });
    }
    if (f.script.errors.length === 0 && (f.script.status === "DRAFT" || !f.editable))
      add({
        id: "script",
        level: "ok",
        title: `Script version ${f.script.version} is ${f.editable ? "ready" : f.script.status.toLowerCase()}`,
        step: "script",
      });
  }

  // Escalation.
  if (f.script?.hasEscalateStep && f.escalationContacts === 0) {
    add({
      id: "escalation.missing",
      level: "error",
      title: "The script escalates, but there are no escalation contacts",
      detail: "Add at least one escalation contact.",
      step: "escalation",
    });
  } else if (f.escalationContacts > 0) {
    add({
      id: "escalation",
      level: "ok",
      title: `${plural(f.escalationContacts, "escalation contact")}`,
      step: "escalation",
    });
  }

  // Quote and budget.
  let quote: Quote | null = null;
  if (!f.ratePlan) {
    add({
      id: "quote.ratePlan",
      level: "error",
      title: "No rate plan is configured",
      detail: "Callwright has to set up pricing before campaigns can be submitted.",
      step: "review",
    });
  } else if (s.type) {
    quote = quoteForCampaignType(s.type, { listSize: callable, maxAttempts: s.maxAttempts, ratePlan: f.ratePlan });
    if (s.budgetCapMinor === null) {
      add({
        id: "budget.missing",
        level: "warning",
        title: "No budget cap is set",
        detail: "The campaign would run until the list is worked through.",
        step: "settings",
      });
    } else if (s.currency !== quote.currency) {
      add({
        id: "budget.currency",
        level: "warning",
        title: `The budget cap is in ${s.currency} but the quote is in ${quote.currency}`,
        detail: "They can't be compared; check the cap with your account manager.",
        step: "settings",
      });
    } else if (s.budgetCapMinor < quote.amountMinor) {
      // A cap is a legitimate limit: calling stops when it is reached, so this does not block.
      add({
        id: "budget.belowQuote",
        level: "warning",
        title: `The budget cap (${formatMoney(s.budgetCapMinor, s.currency)}) is below the quote (${formatMoney(quote.amountMinor, quote.currency)})`,
        detail:
          "Calling stops when the cap is reached, so part of the list may not be called. Raise the cap to cover the whole list.",
        step: "settings",
      });
    } else {
      add({ id: "budget", level: "ok", title: `The budget cap covers the quote`, step: "settings" });
    }
  }

  return {
    counts,
    checks,
    errors: checks.filter((c) => c.level === "error").map((c) => c.title),
    warnings: checks.filter((c) => c.level === "warning").map((c) => c.title),
    quote,
    scriptVersionId: f.script?.versionId ?? null,
    checkedAt: f.now.toISOString(),
  };
}
