import "server-only";
import { CLIENT_ROLES } from "../../../auth/roles";
import { router, tenantProcedure } from "../../trpc";
import { listAuditHandler } from "./list.handler";

export const auditRouter = router({
  list: tenantProcedure(CLIENT_ROLES).query(listAuditHandler),
});
