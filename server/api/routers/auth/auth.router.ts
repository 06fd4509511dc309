import "server-only";
import { publicProcedure, router } from "../../trpc";
import { signUpHandler } from "./sign-up.handler";
import { signUpOutput, signUpSchema } from "./sign-up.schema";

export const authRouter = router({
  signUp: publicProcedure.input(signUpSchema).output(signUpOutput).mutation(signUpHandler),
});
