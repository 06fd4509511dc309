import "server-only";
import { systemDb } from "../db/system-db";
import { withOperatorScope } from "../db/operator-scope";
import { AppError, notFound } from "../errors";

/** Disabling takes effect on the next request: every request re-reads the user (server/auth/session-user.ts). */
export async function setUserDisabled(
  actor: { userId: string; operatorTenantId: string },
  input: { email: string; disabled: boolean },
) {
  const user = await systemDb().user.findUnique({ where: { email: input.email } });
  if (!user) throw notFound("User");
  if (user.id === actor.userId) throw new AppError("PRECONDITION_FAILED", "You cannot disable yourself.");
  await systemDb().user.update({ where: { id: user.id }, data: { disabledAt: input.disabled ? new Date() : null } });
  await withOperatorScope(actor, `user ${input.disabled ? "disabled" : "enabled"}`, async (_tx, audit) => {
    await audit(actor.operatorTenantId, input.disabled ? "user.disabled" : "user.enabled", "User", user.id);
  });
  return { email: user.email, disabled: input.disabled };
}
