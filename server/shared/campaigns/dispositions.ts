import { z } from "zod";
import type { CampaignTypeValue } from "./campaign-type";

export const DISPOSITION_CATEGORIES = ["SUCCESS", "CONTACT", "NO_CONTACT", "DO_NOT_CALL", "CALLBACK"] as const;
export type DispositionCategory = (typeof DISPOSITION_CATEGORIES)[number];

export const DISPOSITION_CATEGORY_LABELS: Record<DispositionCategory, string> = {
  SUCCESS: "Success",
  CONTACT: "Contact",
  NO_CONTACT: "No contact",
  DO_NOT_CALL: "Do not call",
  CALLBACK: "Callback",
};

export const MAX_DISPOSITIONS = 40;

export const dispositionSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, "Enter a code")
    .max(40, "Codes are at most 40 characters")
    .regex(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/, "Use UPPER_SNAKE_CASE, e.g. NOT_INTERESTED"),
  label: z.string().trim().min(1, "Enter a label").max(80, "Labels are at most 80 characters"),
  category: z.enum(DISPOSITION_CATEGORIES, { error: "Pick a category" }),
  billable: z.boolean(),
});

export type Disposition = z.output<typeof dispositionSchema>;

/** The disposition set: unique codes, and at least one SUCCESS and one DO_NOT_CALL outcome. */
export const dispositionListSchema = z
  .array(dispositionSchema)
  .min(1, "Add at least one disposition")
  .max(MAX_DISPOSITIONS, `At most ${MAX_DISPOSITIONS} dispositions`)
  .superRefine((list, ctx) => {
    const seen = new Map<string, number>();
    list.forEach((d, i) => {
      const first = seen.get(d.code);
      if (first !== undefined)
        ctx.addIssue({
          code: "custom",
          path: [i, "code"],
          message: `Code ${d.code} is already used in row ${first + 1}`,
        });
      else seen.set(d.code, i);
    });
    if (!list.some((d) => d.category === "SUCCESS"))
      ctx.addIssue({ code: "custom", path: [], message: "Add at least one disposition in the Success category" });
    if (!list.some((d) => d.category === "DO_NOT_CALL"))
      ctx.addIssue({
        code: "custom",
        path: [],
        message: "Add at least one disposition in the Do not call category, so contacts can opt out",
      });
  });

const d = (code: string, label: string, category: DispositionCategory, billable: boolean): Disposition => ({
  code,
  label,
  category,
  billable,
});

const COMMON_TAIL = [
  d("CALLBACK", "Call back later", "CALLBACK", false),
  d("DNC", "Do not call again", "DO_NOT_CALL", false),
  d("NO_ANSWER", "No answer", "NO_CONTACT", false),
  d("WRONG_NUMBER", "Wrong number", "NO_CONTACT", false),
];

const SUCCESS_BY_TYPE: Record<CampaignTypeValue, Disposition[]> = {
  OUTBOUND_SALES: [d("SALE", "Sale", "SUCCESS", true), d("NOT_INTERESTED", "Not interested", "CONTACT", true)],
  SURVEY: [
    d("SURVEY_COMPLETED", "Survey completed", "SUCCESS", true),
    d("SURVEY_DECLINED", "Declined the survey", "CONTACT", true),
  ],
  LEAD_QUALIFICATION: [
    d("QUALIFIED", "Qualified lead", "SUCCESS", true),
    d("NOT_QUALIFIED", "Not qualified", "CONTACT", true),
  ],
  REMINDER: [
    d("CONFIRMED", "Reminder confirmed", "SUCCESS", true),
    d("RESCHEDULED", "Wants to reschedule", "CONTACT", true),
  ],
  INBOUND_HOTLINE: [d("RESOLVED", "Resolved", "SUCCESS", true), d("ESCALATED", "Escalated", "CONTACT", true)],
  INBOUND_OVERFLOW: [d("RESOLVED", "Resolved", "SUCCESS", true), d("ESCALATED", "Escalated", "CONTACT", true)],
};

/** Sensible defaults for a campaign type; the client edits them in the wizard. */
export function defaultDispositions(type: CampaignTypeValue | null | undefined): Disposition[] {
  return [...SUCCESS_BY_TYPE[type ?? "OUTBOUND_SALES"], ...COMMON_TAIL].map((x) => ({ ...x }));
}
