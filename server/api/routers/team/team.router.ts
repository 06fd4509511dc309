import "server-only";
import { CLIENT_ROLES } from "../../../auth/roles";
import { router, tenantProcedure } from "../../trpc";
import { inviteHandler } from "./invite.handler";
import { inviteSchema, removeMemberSchema } from "./invite.schema";
import { listTeamHandler } from "./list.handler";
import { removeMemberHandler } from "./remove-member.handler";

const ownerProcedure = tenantProcedure(["CLIENT_OWNER"]);

export const teamRouter = router({
  list: tenantProcedure(CLIENT_ROLES).query(listTeamHandler),
  invite: ownerProcedure.input(inviteSchema).mutation(inviteHandler),
  removeMember: ownerProcedure.input(removeMemberSchema).mutation(removeMemberHandler),
});
