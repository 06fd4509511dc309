import { z } from "zod";
import { callingWindowSchema, type CallingWindow } from "./calling-window";
import { campaignTypeSchema, DIAL_MODES, type CampaignTypeValue, type DialModeValue } from "./campaign-type";
import { dispositionListSchema, type Disposition } from "./dispositions";
import { checkAmount, currencySchema, type Currency } from "../money";
import { parsePercentToBps } from "../percent";
import { e164Schema } from "../phone";
import { maxAttemptsSchema, retryPolicySchema, type RetryPolicy } from "./retry-policy";

// The campaign wizard's settings step: one zod schema per section (shared by the server and the
// react-hook-form resolvers), and parseCampaignSettings() for reading a Campaign row's columns.
// Pure: zod and libphonenumber-js only, so the browser can load it.

export const SETTINGS_SECTIONS = ["basics", "schedule", "callingWindow", "dialing", "dispositions", "budget"] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

/** The wizard step number of the settings step (see campaign-steps.tsx). */
export const SETTINGS_WIZARD_STEP = 1;

export const MAX_SCHEDULE_DAYS = 366;
export const MAX_BUDGET_MINOR = 1_000_000_000;
export const MAX_ABANDON_CAP_BPS = 300;

export const basicsSectionSchema = z.object({
  section: z.literal("basics"),
  type: campaignTypeSchema,
  name: z.string().trim().min(3, "Name must be at least 3 characters").max(120, "Name must be at most 120 characters"),
  description: z.string().trim().max(2000, "Description must be at most 2000 characters"),
});

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Pick a date")
  .refine(
    (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    "That date doesn't exist",
  );

export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * The schedule section. `today` ("YYYY-MM-DD" in the organization's time zone) adds the
 * "not in the past" check; the server always passes it, the form passes the value the server sent.
 */
export function makeScheduleSectionSchema(today?: string) {
  return z.object({ section: z.literal("schedule"), startDate: isoDate, endDate: isoDate }).superRefine((s, ctx) => {
    if (!isoDate.safeParse(s.startDate).success || !isoDate.safeParse(s.endDate).success) return;
    if (today && s.startDate < today)
      ctx.addIssue({
        code: "custom",
        path: ["startDate"],
        message: `The start date is in the past (today is ${today} in your organization's time zone)`,
      });
    const span = daysBetween(s.startDate, s.endDate);
    if (span < 0) ctx.addIssue({ code: "custom", path: ["endDate"], message: "The end date is before the start date" });
    else if (span + 1 > MAX_SCHEDULE_DAYS)
      ctx.addIssue({
        code: "custom",
        path: ["endDate"],
        message: `A campaign can run at most ${MAX_SCHEDULE_DAYS} days`,
      });
  });
}
export const scheduleSectionSchema = makeScheduleSectionSchema();

export const callingWindowSectionSchema = z.object({
  section: z.literal("callingWindow"),
  callingWindow: callingWindowSchema,
});

export const dialingSectionSchema = z.object({
  section: z.literal("dialing"),
  dialMode: z.enum(DIAL_MODES, { error: "Pick a dial mode" }),
  /** Percent with at most one decimal, as typed ("2.5"); stored as basis points. */
  abandonCapPercent: z
    .string()
    .trim()
    .refine((v) => parsePercentToBps(v) !== null, "Enter a percentage with at most one decimal, e.g. 2.5")
    .refine((v) => (parsePercentToBps(v) ?? 0) <= MAX_ABANDON_CAP_BPS, "The abandon cap can't be above 3%"),
  retryPolicy: retryPolicySchema,
  maxAttempts: maxAttemptsSchema,
  callerId: e164Schema,
});

export const dispositionsSectionSchema = z.object({
  section: z.literal("dispositions"),
  dispositions: dispositionListSchema,
});

export const budgetSectionSchema = z
  .object({
    section: z.literal("budget"),
    /** Major units as typed ("1234.56"), in the campaign's currency; stored as integer minor units. */
    budgetCap: z.string(),
    currency: currencySchema,
  })
  .superRefine((s, ctx) =>
    checkAmount(ctx, "budgetCap", s.budgetCap, s.currency, {
      label: "budget cap",
      positive: true,
      maxMinor: MAX_BUDGET_MINOR,
    }),
  );

export const settingsSectionInputSchema = z.discriminatedUnion("section", [
  basicsSectionSchema,
  scheduleSectionSchema,
  callingWindowSectionSchema,
  dialingSectionSchema,
  dispositionsSectionSchema,
  budgetSectionSchema,
]);
export type SettingsSectionInput = z.output<typeof settingsSectionInputSchema>;

/** The Campaign columns the settings live in. */
export interface CampaignSettingsRow {
  name: string;
  description: string;
  type: CampaignTypeValue | null;
  startDate: Date | null;
  endDate: Date | null;
  callingWindow: unknown;
  dialMode: DialModeValue | null;
  abandonCapBps: number;
  retryPolicy: unknown;
  maxAttempts: number;
  callerId: string | null;
  dispositions: unknown;
  budgetCapMinor: number | null;
  currency: string;
  wizardStep: number;
}

/** A Prisma `select` for exactly the columns parseCampaignSettings() reads; spread it into yours. */
export const campaignSettingsSelect = {
  name: true,
  description: true,
  type: true,
  startDate: true,
  endDate: true,
  callingWindow: true,
  dialMode: true,
  abandonCapBps: true,
  retryPolicy: true,
  maxAttempts: true,
  callerId: true,
  dispositions: true,
  budgetCapMinor: true,
  currency: true,
  wizardStep: true,
} as const satisfies Record<keyof CampaignSettingsRow, true>;

export interface CampaignSettings {
  name: string;
  description: string;
  type: CampaignTypeValue | null;
  /** "YYYY-MM-DD", inclusive, in each contact's own time zone. */
  startDate: string | null;
  endDate: string | null;
  callingWindow: CallingWindow | null;
  dialMode: DialModeValue | null;
  abandonCapBps: number;
  retryPolicy: RetryPolicy | null;
  maxAttempts: number;
  callerId: string | null;
  dispositions: Disposition[] | null;
  budgetCapMinor: number | null;
  currency: Currency;
  wizardStep: number;
  /** JSON columns whose stored value no longer passes its schema; they read as null (not set). */
  invalidColumns: string[];
  /** Which sections hold a complete value. */
  complete: Record<SettingsSection, boolean>;
}

const toIsoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** Turns a Campaign row's settings columns into typed, zod-checked values. */
export function parseCampaignSettings(row: CampaignSettingsRow): CampaignSettings {
  const invalidColumns: string[] = [];
  const json = <T>(column: string, value: unknown, schema: z.ZodType<T>): T | null => {
    if (value === null || value === undefined) return null;
    const parsed = schema.safeParse(value);
    if (!parsed.success) invalidColumns.push(column);
    return parsed.success ? parsed.data : null;
  };
  const callingWindow = json("callingWindow", row.callingWindow, callingWindowSchema);
  const retryPolicy = json("retryPolicy", row.retryPolicy, retryPolicySchema);
  const dispositions = json("dispositions", row.dispositions, dispositionListSchema);
  const currency = currencySchema.safeParse(row.currency);
  const settings = {
    name: row.name,
    description: row.description,
    type: row.type,
    startDate: toIsoDate(row.startDate),
    endDate: toIsoDate(row.endDate),
    callingWindow,
    dialMode: row.dialMode,
    abandonCapBps: row.abandonCapBps,
    retryPolicy,
    maxAttempts: row.maxAttempts,
    callerId: row.callerId,
    dispositions,
    budgetCapMinor: row.budgetCapMinor,
    currency: currency.success ? currency.data : "EUR",
    wizardStep: row.wizardStep,
    invalidColumns,
  };
  return {
    ...settings,
    complete: {
      basics: settings.type !== null,
      schedule: settings.startDate !== null && settings.endDate !== null,
      callingWindow: callingWindow !== null,
      dialing: settings.dialMode !== null && retryPolicy !== null && settings.callerId !== null,
      dispositions: dispositions !== null,
      budget: settings.budgetCapMinor !== null,
    },
  };
}

export const settingsComplete = (s: Pick<CampaignSettings, "complete">) =>
  SETTINGS_SECTIONS.every((k) => s.complete[k]);
