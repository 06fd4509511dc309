import "server-only";
import type { z } from "zod";
import { acceptInvitation, previewInvitation } from "../../../auth/invitations";
import type { acceptInvitationSchema, invitationTokenSchema } from "./accept.schema";

export const previewInvitationHandler = ({ input }: { input: z.infer<typeof invitationTokenSchema> }) =>
  previewInvitation(input.token);
export const acceptInvitationHandler = ({ input }: { input: z.infer<typeof acceptInvitationSchema> }) =>
  acceptInvitation(input);
