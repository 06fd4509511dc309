import { z } from "zod";
import { newPasswordSchema } from "./password-rule";

// The sign-up form and auth.signUp input.
export const signUpSchema = z.object({
  companyName: z
    .string()
    .trim()
    .min(2, "Company name must be at least 2 characters")
    .max(100, "Company name is too long"),
  name: z.string().trim().min(2, "Your name must be at least 2 characters").max(100, "Name is too long"),
  email: z.string().trim().toLowerCase().email("Enter a valid email address").max(254),
  password: newPasswordSchema,
});

/** The emailed confirmation link's token (auth.confirmSignUp). */
export const confirmSignUpSchema = z.object({ token: z.string().min(20).max(200) });
