import { z } from "zod";

// The team invitation form and team.invite input.
export const inviteSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address").max(254),
  role: z.enum(["CLIENT_OWNER", "CLIENT_MEMBER"]),
});
