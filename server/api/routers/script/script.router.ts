import "server-only";
import { router, tenantProcedure } from "../../trpc";
import { getScriptHandler } from "./get.handler";
import { getScriptSchema } from "./get.schema";
import { saveScriptHandler } from "./save.handler";
import { saveScriptSchema } from "./save.schema";
import { validateScriptHandler } from "./validate.handler";
import { validateScriptSchema } from "./validate.schema";

const clientProcedure = tenantProcedure("campaigns.manage");

export const scriptRouter = router({
  get: clientProcedure.input(getScriptSchema).query(getScriptHandler),
  save: clientProcedure.input(saveScriptSchema).mutation(saveScriptHandler),
  // A mutation only so a large graph travels in the body rather than the URL; it stores nothing.
  validate: clientProcedure.input(validateScriptSchema).mutation(validateScriptHandler),
});
