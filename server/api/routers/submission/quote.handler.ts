import "server-only";
import type { z } from "zod";
import { CAMPAIGN_TYPE_ASSUMPTIONS, DIAL_OVERHEAD_SECONDS } from "../../../domain/pricing/quote";
import { loadPreflight } from "../../../domain/submission/load-preflight";
import type { TenantContext } from "../../trpc";
import type { campaignIdSchema } from "./campaign-id.schema";

/** The quote alone, with the assumptions behind it (a client sees its plan only through the quote). */
export async function quoteHandler({ ctx, input }: { ctx: TenantContext; input: z.infer<typeof campaignIdSchema> }) {
  const { settings, preflight } = await loadPreflight(ctx.db, input.campaignId);
  return {
    quote: preflight.quote,
    callableContacts: preflight.counts.callable,
    assumptions: settings.type
      ? {
          ...CAMPAIGN_TYPE_ASSUMPTIONS[settings.type],
          maxAttempts: settings.maxAttempts,
          dialOverheadSeconds: DIAL_OVERHEAD_SECONDS,
        }
      : null,
  };
}
