import "server-only";
import { z } from "zod";
import { countryCodeSchema } from "../../../shared/contacts/import-mapping";

export { addDncSchema } from "../../../shared/contacts/dnc";

export const listDncSchema = z.object({
  search: z.string().trim().max(40).optional(),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
});

export const removeDncSchema = z.object({ id: z.string().min(1).max(64) });

export const uploadDncSchema = z.object({
  text: z.string().max(2_000_000, "The file is larger than 2 MB; split it into smaller files."),
  fileName: z.string().max(200).optional(),
  defaultCountry: countryCodeSchema,
});
