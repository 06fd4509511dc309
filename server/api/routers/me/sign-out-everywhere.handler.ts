import "server-only";
import { endAllSessions } from "../../../auth/sessions";
import type { AuthedContext } from "../../trpc";

/** Ends every session of the caller, this one included; the page then clears its own cookie. */
export async function signOutEverywhereHandler({ ctx }: { ctx: AuthedContext }) {
  const ended = await endAllSessions(ctx.user.id);
  ctx.log.info({ ended }, "signed out everywhere");
  return { ended };
}
