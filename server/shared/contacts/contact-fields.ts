import { z } from "zod";

// Contact.fields: a contact's custom fields as a list of [key, value] pairs, in the file's column
// order. Never a plain object: a column named `constructor`, `prototype` or `__proto__` is a field
// like any other, and a list of pairs has no property to collide with (superjson refuses such keys
// in objects, and `obj[key] = value` silently drops `__proto__`). The same shape goes to the browser.

export const contactFieldPairsSchema = z.array(z.tuple([z.string(), z.string()]));
export type ContactFieldPairs = z.infer<typeof contactFieldPairsSchema>;

/** The stored pairs, or none when the value is not a list of string pairs (read defensively). */
export function contactFieldPairs(stored: unknown): ContactFieldPairs {
  const parsed = contactFieldPairsSchema.safeParse(stored);
  return parsed.success ? parsed.data : [];
}
