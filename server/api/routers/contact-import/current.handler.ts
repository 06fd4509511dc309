import "server-only";
import type { z } from "zod";
import { contactListState } from "../../../domain/contacts/import-service";
import { uploadLimitBytes } from "../../../domain/contacts/uploads";
import type { TenantContext } from "../../trpc";
import type { campaignIdSchema } from "./import-id.schema";

/** The contacts step's state: active list, its import, the latest import, and the upload limit. */
export async function currentListHandler({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: z.infer<typeof campaignIdSchema>;
}) {
  return { ...(await contactListState(ctx.db, input.campaignId)), uploadLimitBytes: uploadLimitBytes() };
}
