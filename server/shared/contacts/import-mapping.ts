import { z } from "zod";
import { fieldKeyFromHeader, findHeaderClash, reservedKeyProblem } from "./field-keys";

// Pure (zod only): shared by the tRPC schemas, the import pipeline and the browser's mapping form.

export const CONTACT_FIELDS = ["phone", "firstName", "lastName", "email", "country", "region", "timeZone"] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

export const CONTACT_FIELD_LABELS: Record<ContactField, string> = {
  phone: "Phone (required)",
  firstName: "First name",
  lastName: "Last name",
  email: "Email",
  country: "Country (ISO code)",
  region: "State / region",
  timeZone: "Time zone (IANA)",
};

/** What one CSV column becomes: a contact field, a custom contact field (named after the header), or nothing. */
export const columnTargetSchema = z.union([z.enum(CONTACT_FIELDS), z.literal("custom"), z.literal("ignore")]);
export type ColumnTarget = z.infer<typeof columnTargetSchema>;

export const MAX_COLUMNS = 200;
/** The longest value one column of a contact row may hold (a longer one rejects the row). */
export const MAX_VALUE_CHARS = 1000;

export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "Use a two-letter country code such as US or DE");

/** The mapping chosen in the UI: one target per column, by column position (headers may repeat). */
export const importMappingSchema = z
  .object({
    columns: z.array(columnTargetSchema).min(1).max(MAX_COLUMNS),
    defaultCountry: countryCodeSchema,
  })
  .superRefine((mapping, ctx) => {
    const phones = mapping.columns.filter((c) => c === "phone").length;
    if (phones !== 1)
      ctx.addIssue({
        code: "custom",
        path: ["columns"],
        message:
          phones === 0 ? "Choose the column that holds the phone number." : "Only one column can be the phone number.",
      });
    for (const field of CONTACT_FIELDS) {
      if (field !== "phone" && mapping.columns.filter((c) => c === field).length > 1) {
        ctx.addIssue({
          code: "custom",
          path: ["columns"],
          message: `Only one column can be "${CONTACT_FIELD_LABELS[field]}".`,
        });
      }
    }
  });
export type ImportMapping = z.infer<typeof importMappingSchema>;

/** Stored on ContactImport.counts. */
export const importCountsSchema = z.object({
  valid: z.number().int().nonnegative(),
  invalid: z.number().int().nonnegative(),
  duplicate: z.number().int().nonnegative(),
  dnc: z.number().int().nonnegative(),
  noTimeZone: z.number().int().nonnegative(),
});
export type ImportCounts = z.infer<typeof importCountsSchema>;
export const emptyCounts = (): ImportCounts => ({ valid: 0, invalid: 0, duplicate: 0, dnc: 0, noTimeZone: 0 });

/** Stored on ContactImport.mapping: the mapping plus what the file looked like. */
export const storedMappingSchema = z.object({
  header: z.array(z.string()),
  delimiter: z.enum([",", ";"]),
  columns: z.array(columnTargetSchema),
  defaultCountry: z.string(),
});
export type StoredMapping = z.infer<typeof storedMappingSchema>;

const GUESSES: [RegExp, ContactField][] = [
  [/^(phone|phone ?number|telephone|tel|mobile|cell|msisdn|number|telefon|téléphone|telefono)$/i, "phone"],
  [/^(first ?name|given ?name|firstname|vorname|prénom|prenom|nombre)$/i, "firstName"],
  [/^(last ?name|surname|family ?name|lastname|nachname|nom|apellido)$/i, "lastName"],
  [/^(e ?mail( address)?)$/i, "email"],
  [/^(country|country ?code|land|pays|país)$/i, "country"],
  [/^(state|region|province|county|bundesland)$/i, "region"],
  [/^(time ?zone|timezone|tz)$/i, "timeZone"],
];

/** A first guess at the mapping from header names; the person confirms it in the UI. */
export function suggestColumns(header: readonly string[]): ColumnTarget[] {
  const taken = new Set<ContactField>();
  return header.map((name) => {
    const normalized = name.trim().replace(/[_-]+/g, " ");
    const field = GUESSES.find(([re, f]) => !taken.has(f) && re.test(normalized))?.[1];
    if (!field) return "custom";
    taken.add(field);
    return field;
  });
}

/** The columns mapped to custom fields, with their field keys (findHeaderClash keeps keys unique). */
export function customFieldColumns(
  header: readonly string[],
  columns: readonly ColumnTarget[],
): { index: number; key: string }[] {
  return columns.flatMap((target, index) =>
    target === "custom" ? [{ index, key: fieldKeyFromHeader(header[index] ?? "", index) }] : [],
  );
}

/** Why a mapping of this header cannot be imported (the UI shows it, the server refuses it), or null. */
export function mappingProblem(header: readonly string[], columns: readonly ColumnTarget[]): string | null {
  const clash = findHeaderClash(header);
  if (clash) return clash.message;
  for (const { index } of customFieldColumns(header, columns)) {
    const problem = reservedKeyProblem(header[index] ?? "", index);
    if (problem) return problem;
  }
  return null;
}
