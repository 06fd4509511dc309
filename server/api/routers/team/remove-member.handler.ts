import "server-only";
import type { z } from "zod";
import { removeMember } from "../../../domain/team/team";
import type { TenantContext } from "../../trpc";
import type { removeMemberSchema } from "./invite.schema";

export const removeMemberHandler = ({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: z.infer<typeof removeMemberSchema>;
}) => removeMember(ctx.db, { userId: ctx.user.id, role: ctx.membership.role }, input.membershipId);
