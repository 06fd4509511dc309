import "server-only";
import { z } from "zod";
export { contactListInput } from "../../../shared/contacts/contact-table";

export const contactListOutput = z.object({
  /** False while the campaign has no imported list. */
  hasList: z.boolean(),
  listSize: z.number().int(),
  rows: z.array(
    z.object({
      rowNumber: z.number().int(),
      firstName: z.string().nullable(),
      lastName: z.string().nullable(),
      /** Whole or masked, by the viewer's role (contacts.viewPhoneNumbers). */
      phone: z.string(),
      email: z.string().nullable(),
      country: z.string().nullable(),
      region: z.string().nullable(),
      timeZone: z.string().nullable(),
      attempts: z.number().int(),
    }),
  ),
  /** The cursor of the next page; null on the last one. */
  nextAfter: z.number().int().nullable(),
  /** Set when a search stopped at its window before the page filled: rows up to here were searched. */
  searchedThrough: z.number().int().nullable(),
  phoneMasked: z.boolean(),
});
