import "server-only";
import { z } from "zod";

export { signUpSchema } from "../../../shared/auth/sign-up";
export const signUpOutput = z.object({ orgId: z.string(), email: z.string() });
