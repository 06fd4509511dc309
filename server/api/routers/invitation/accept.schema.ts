import "server-only";
export { acceptInvitationSchema, invitationTokenSchema } from "../../../shared/auth/accept-invitation";
