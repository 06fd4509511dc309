import "server-only";
import { authedProcedure, router } from "../../trpc";
import { getMeHandler } from "./get.handler";

export const meRouter = router({
  get: authedProcedure.query(getMeHandler),
});
