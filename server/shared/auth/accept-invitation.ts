import { z } from "zod";
import { newPasswordSchema } from "./password-rule";

// The invitation form and invitation.get / invitation.accept input. The password is either the
// existing account's (any length it was set with) or a new one (the new-password rule): the form
// picks the schema, and the server checks a new account's password again.
export const invitationTokenSchema = z.object({ token: z.string().min(10).max(200) });
export const acceptInvitationSchema = invitationTokenSchema.extend({
  name: z.string().trim().min(2, "Your name must be at least 2 characters").max(100),
  password: z.string().min(1, "Enter your password").max(200, "Password is too long"),
});
export const acceptInvitationNewAccountSchema = acceptInvitationSchema.extend({ password: newPasswordSchema });
