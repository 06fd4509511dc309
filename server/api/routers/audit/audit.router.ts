import "server-only";
import { router, tenantProcedure } from "../../trpc";
import { listAuditHandler } from "./list.handler";

export const auditRouter = router({
  list: tenantProcedure("audit.view").query(listAuditHandler),
});
