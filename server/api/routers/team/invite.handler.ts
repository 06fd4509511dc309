import "server-only";
import type { z } from "zod";
import { inviteTeammate } from "../../../domain/team/team";
import type { TenantContext } from "../../trpc";
import type { inviteSchema } from "./invite.schema";

export const inviteHandler = ({ ctx, input }: { ctx: TenantContext; input: z.infer<typeof inviteSchema> }) =>
  inviteTeammate(ctx.db, { userId: ctx.user.id, name: ctx.user.name ?? ctx.user.email }, input);
