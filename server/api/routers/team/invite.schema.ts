import "server-only";
import { z } from "zod";

export { inviteSchema } from "../../../shared/team/invite";
export const removeMemberSchema = z.object({ membershipId: z.string().min(1).max(64) });
