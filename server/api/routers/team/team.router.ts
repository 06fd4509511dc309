import "server-only";
import { router, tenantProcedure } from "../../trpc";
import { inviteHandler } from "./invite.handler";
import { inviteSchema, removeMemberSchema } from "./invite.schema";
import { listTeamHandler } from "./list.handler";
import { removeMemberHandler } from "./remove-member.handler";

const ownerProcedure = tenantProcedure("team.manage");

export const teamRouter = router({
  list: tenantProcedure("team.view").query(listTeamHandler),
  invite: ownerProcedure.input(inviteSchema).mutation(inviteHandler),
  removeMember: ownerProcedure.input(removeMemberSchema).mutation(removeMemberHandler),
});
