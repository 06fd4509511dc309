import "server-only";
import { z } from "zod";

export { confirmSignUpSchema, signUpSchema } from "../../../shared/auth/sign-up";
export const signUpOutput = z.object({ email: z.string() });
export const confirmSignUpOutput = z.object({ email: z.string() });
