import { z } from "zod";

// The invitation form and invitation.get / invitation.accept input.
export const invitationTokenSchema = z.object({ token: z.string().min(10).max(200) });
export const acceptInvitationSchema = invitationTokenSchema.extend({
  name: z.string().trim().min(2, "Your name must be at least 2 characters").max(100),
  password: z.string().min(10, "Use at least 10 characters").max(200),
});
