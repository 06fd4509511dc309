import "server-only";
import { homePath } from "../../../auth/roles";
import type { AuthedContext } from "../../trpc";

export function getMeHandler({ ctx }: { ctx: AuthedContext }) {
  const { user } = ctx;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    memberships: user.memberships,
    homePath: homePath(user.memberships),
  };
}
