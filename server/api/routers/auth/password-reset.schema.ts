import "server-only";
import { z } from "zod";

export { requestPasswordResetSchema, resetPasswordSchema } from "../../../shared/auth/password-reset";
export const requestPasswordResetOutput = z.object({ email: z.string() });
export const resetPasswordOutput = z.object({ email: z.string() });
