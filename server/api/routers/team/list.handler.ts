import "server-only";
import { listTeam } from "../../../domain/team/team";
import type { TenantContext } from "../../trpc";

export const listTeamHandler = ({ ctx }: { ctx: TenantContext }) =>
  listTeam(ctx.db, { userId: ctx.user.id, role: ctx.membership.role });
