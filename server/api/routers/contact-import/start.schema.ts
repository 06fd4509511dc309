import "server-only";
import { z } from "zod";
import { importMappingSchema } from "../../../shared/contacts/import-mapping";

export const startImportSchema = z.object({
  campaignId: z.string().min(1).max(64),
  uploadId: z.string().regex(/^[a-f0-9]{32}$/, "Upload the file again."),
  mapping: importMappingSchema,
});
