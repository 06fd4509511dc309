import "server-only";
import { publicProcedure, router } from "../../trpc";
import { requestPasswordResetHandler, resetPasswordHandler } from "./password-reset.handler";
import {
  requestPasswordResetOutput,
  requestPasswordResetSchema,
  resetPasswordOutput,
  resetPasswordSchema,
} from "./password-reset.schema";
import { confirmSignUpHandler, signUpHandler } from "./sign-up.handler";
import { confirmSignUpOutput, confirmSignUpSchema, signUpOutput, signUpSchema } from "./sign-up.schema";

// Public by nature: each acts for no signed-in user. What protects them is an emailed secret
// (confirm, reset) and the same answer whether or not an account exists (sign-up, reset request).
export const authRouter = router({
  signUp: publicProcedure.input(signUpSchema).output(signUpOutput).mutation(signUpHandler),
  confirmSignUp: publicProcedure.input(confirmSignUpSchema).output(confirmSignUpOutput).mutation(confirmSignUpHandler),
  requestPasswordReset: publicProcedure
    .input(requestPasswordResetSchema)
    .output(requestPasswordResetOutput)
    .mutation(requestPasswordResetHandler),
  resetPassword: publicProcedure.input(resetPasswordSchema).output(resetPasswordOutput).mutation(resetPasswordHandler),
});
