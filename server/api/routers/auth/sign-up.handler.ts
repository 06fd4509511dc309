import "server-only";
import type { z } from "zod";
import { confirmSignUp, requestSignUp } from "../../../auth/sign-up";
import type { Context } from "../../trpc";
import type { confirmSignUpSchema, signUpSchema } from "./sign-up.schema";

/** The same answer for a new and a taken address: "check your inbox" (decision 53). */
export async function signUpHandler({ ctx, input }: { ctx: Context; input: z.infer<typeof signUpSchema> }) {
  await requestSignUp(input, ctx.ip);
  return { email: input.email };
}

export const confirmSignUpHandler = ({ input }: { input: z.infer<typeof confirmSignUpSchema> }) =>
  confirmSignUp(input.token);
