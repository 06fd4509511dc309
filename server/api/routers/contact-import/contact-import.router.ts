import "server-only";
import { router, tenantProcedure } from "../../trpc";
import { cancelImportHandler } from "./cancel.handler";
import { currentListHandler } from "./current.handler";
import { campaignIdSchema, importIdSchema, rejectionsSchema } from "./import-id.schema";
import { rejectionsHandler } from "./rejections.handler";
import { startImportHandler } from "./start.handler";
import { startImportSchema } from "./start.schema";
import { importStatusHandler } from "./status.handler";
import { summaryHandler } from "./summary.handler";

// The file itself arrives through POST /api/campaigns/[campaignId]/imports (streamed, size-limited);
// rejected rows download from GET /api/campaigns/[campaignId]/imports/[importId]/rejected (see http.ts).
const clientProcedure = tenantProcedure("campaigns.manage");

export const contactImportRouter = router({
  current: clientProcedure.input(campaignIdSchema).query(currentListHandler),
  start: clientProcedure.input(startImportSchema).mutation(startImportHandler),
  status: clientProcedure.input(importIdSchema).query(importStatusHandler),
  cancel: clientProcedure.input(importIdSchema).mutation(cancelImportHandler),
  rejections: clientProcedure.input(rejectionsSchema).query(rejectionsHandler),
  summary: clientProcedure.input(campaignIdSchema).query(summaryHandler),
});
