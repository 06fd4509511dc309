import "server-only";
import { publicProcedure, router } from "../../trpc";
import { acceptInvitationHandler, previewInvitationHandler } from "./accept.handler";
import { acceptInvitationSchema, invitationTokenSchema } from "./accept.schema";

export const invitationRouter = router({
  preview: publicProcedure.input(invitationTokenSchema).query(previewInvitationHandler),
  accept: publicProcedure.input(acceptInvitationSchema).mutation(acceptInvitationHandler),
});
