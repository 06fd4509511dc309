import "server-only";
import { router, tenantProcedure } from "../../trpc";
import { listContactsHandler } from "./list.handler";
import { contactListInput, contactListOutput } from "./list.schema";

export const contactsRouter = router({
  /** The contact table: one keyset page of the campaign's active list, phones masked by role. */
  list: tenantProcedure("contacts.view").input(contactListInput).output(contactListOutput).query(listContactsHandler),
});
