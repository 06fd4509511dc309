import { z } from "zod";

export const inviteSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address").max(254),
  role: z.enum(["CLIENT_OWNER", "CLIENT_MEMBER"]),
});
export const removeMemberSchema = z.object({ membershipId: z.string().min(1).max(64) });
