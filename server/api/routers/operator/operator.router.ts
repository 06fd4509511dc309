import "server-only";
import { operatorProcedure, router } from "../../trpc";
import { setUserDisabledHandler } from "./set-user-disabled.handler";
import { setUserDisabledSchema } from "./set-user-disabled.schema";
import { listTenantsHandler } from "./tenants.handler";

export const operatorRouter = router({
  tenants: operatorProcedure("tenants.view").query(listTenantsHandler),
  setUserDisabled: operatorProcedure("users.disable").input(setUserDisabledSchema).mutation(setUserDisabledHandler),
});
