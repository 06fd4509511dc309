import { z } from "zod";
import { newPasswordSchema } from "./password-rule";

// The forgot-password and reset-password forms, and auth.requestPasswordReset / auth.resetPassword.
export const requestPasswordResetSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address").max(254),
});
export const resetPasswordSchema = z.object({
  token: z.string().min(20).max(200),
  password: newPasswordSchema,
});
