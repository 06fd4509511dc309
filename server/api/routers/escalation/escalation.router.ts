import "server-only";
import { router, tenantProcedure } from "../../trpc";
import { createEscalationContactHandler } from "./create.handler";
import { createEscalationContactSchema } from "./create.schema";
import { deleteEscalationContactHandler } from "./delete.handler";
import { deleteEscalationContactSchema } from "./delete.schema";
import { listEscalationContactsHandler } from "./list.handler";
import { listEscalationContactsSchema } from "./list.schema";
import { reorderEscalationContactHandler } from "./reorder.handler";
import { reorderEscalationContactSchema } from "./reorder.schema";
import { updateEscalationContactHandler } from "./update.handler";
import { updateEscalationContactSchema } from "./update.schema";

const clientProcedure = tenantProcedure("campaigns.manage");

export const escalationRouter = router({
  list: clientProcedure.input(listEscalationContactsSchema).query(listEscalationContactsHandler),
  create: clientProcedure.input(createEscalationContactSchema).mutation(createEscalationContactHandler),
  update: clientProcedure.input(updateEscalationContactSchema).mutation(updateEscalationContactHandler),
  delete: clientProcedure.input(deleteEscalationContactSchema).mutation(deleteEscalationContactHandler),
  reorder: clientProcedure.input(reorderEscalationContactSchema).mutation(reorderEscalationContactHandler),
});
