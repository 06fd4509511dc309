import "server-only";
import { router, tenantProcedure } from "../../trpc";
import { addDncHandler } from "./add.handler";
import { addDncSchema, listDncSchema, removeDncSchema, uploadDncSchema } from "./dnc.schema";
import { listDncHandler } from "./list.handler";
import { removeDncHandler } from "./remove.handler";
import { uploadDncHandler } from "./upload.handler";

const clientProcedure = tenantProcedure("campaigns.manage");

/** The tenant's own do-not-call list. The global list (tenantId NULL) is operator-managed and read-only here. */
export const dncRouter = router({
  list: clientProcedure.input(listDncSchema).query(listDncHandler),
  add: clientProcedure.input(addDncSchema).mutation(addDncHandler),
  remove: clientProcedure.input(removeDncSchema).mutation(removeDncHandler),
  upload: clientProcedure.input(uploadDncSchema).mutation(uploadDncHandler),
});
