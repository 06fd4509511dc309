import { z } from "zod";
import { timeZoneSchema } from "../local-time";
import { countryCodeSchema, toE164 } from "../phone";
import { weeklyWindowSchema } from "../campaigns/weekly-window";

// Escalation contact input, shared by the server and the form. Pure (browser-safe).

export const ESCALATION_CHANNELS = ["WARM_TRANSFER", "EMAIL"] as const;
export type EscalationChannel = (typeof ESCALATION_CHANNELS)[number];
export const ESCALATION_CHANNEL_LABELS: Record<EscalationChannel, string> = {
  WARM_TRANSFER: "Warm transfer (call)",
  EMAIL: "Email",
};

export const MAX_ESCALATION_CONTACTS = 20;
export const MAX_AVAILABILITY_WINDOWS = 14;
/** The wizard step number of the escalation step (see campaign-steps.tsx). */
export const ESCALATION_WIZARD_STEP = 4;

export const availabilityWindowsSchema = z
  .array(weeklyWindowSchema)
  .min(1, "Add at least one availability window")
  .max(MAX_AVAILABILITY_WINDOWS, `At most ${MAX_AVAILABILITY_WINDOWS} windows`);

export const escalationContactInputSchema = z
  .object({
    name: z.string().trim().min(1, "Enter a name").max(120, "Names are at most 120 characters"),
    role: z.string().trim().min(1, "Enter a role, e.g. Shift supervisor").max(120, "Roles are at most 120 characters"),
    /** As typed: international ("+49 30 …") or national with `phoneCountry`. Stored as E.164. */
    phone: z.string().trim().min(1, "Enter a phone number").max(40, "That phone number is too long"),
    phoneCountry: countryCodeSchema,
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(254, "That email is too long")
      .pipe(z.email("Enter a valid email address")),
    channels: z.array(z.enum(ESCALATION_CHANNELS)).min(1, "Pick at least one channel"),
    timeZone: timeZoneSchema,
    windows: availabilityWindowsSchema,
  })
  .superRefine((c, ctx) => {
    if (c.phone && !toE164(c.phone, c.phoneCountry)) {
      ctx.addIssue({
        code: "custom",
        path: ["phone"],
        message: `Not a valid ${c.phoneCountry} number; check it, or type it with its country code (+…)`,
      });
    }
    if (new Set(c.channels).size !== c.channels.length)
      ctx.addIssue({ code: "custom", path: ["channels"], message: "Each channel once" });
  });

export type EscalationContactInput = z.output<typeof escalationContactInputSchema>;
