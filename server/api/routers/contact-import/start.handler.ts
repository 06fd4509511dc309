import "server-only";
import type { z } from "zod";
import { startContactImport } from "../../../domain/contacts/import-service";
import type { TenantContext } from "../../trpc";
import type { startImportSchema } from "./start.schema";

/** Starts the import in the background; the page polls `status`. */
export async function startImportHandler({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: z.infer<typeof startImportSchema>;
}) {
  const { importId } = await startContactImport(ctx.db, { userId: ctx.user.id, requestId: ctx.requestId }, input);
  ctx.log.info({ importId, campaignId: input.campaignId }, "contact import started");
  return { importId };
}
