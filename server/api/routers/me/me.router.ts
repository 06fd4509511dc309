import "server-only";
import { authedProcedure, router } from "../../trpc";
import { getMeHandler } from "./get.handler";
import { signOutEverywhereHandler } from "./sign-out-everywhere.handler";
import { signOutEverywhereOutput } from "./sign-out-everywhere.schema";

export const meRouter = router({
  get: authedProcedure.query(getMeHandler),
  // Any role: a user may always end their own sessions.
  signOutEverywhere: authedProcedure.output(signOutEverywhereOutput).mutation(signOutEverywhereHandler),
});
