import "server-only";
import type { z } from "zod";
import { requestPasswordReset, resetPassword } from "../../../auth/password-reset";
import type { Context } from "../../trpc";
import type { requestPasswordResetSchema, resetPasswordSchema } from "./password-reset.schema";

export async function requestPasswordResetHandler({
  ctx,
  input,
}: {
  ctx: Context;
  input: z.infer<typeof requestPasswordResetSchema>;
}) {
  await requestPasswordReset(input.email, ctx.ip);
  return { email: input.email };
}

export const resetPasswordHandler = ({ input }: { input: z.infer<typeof resetPasswordSchema> }) =>
  resetPassword(input.token, input.password);
