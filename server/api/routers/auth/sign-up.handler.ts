import "server-only";
import type { z } from "zod";
import { signUpClient } from "../../../auth/sign-up";
import type { Context } from "../../trpc";
import type { signUpSchema } from "./sign-up.schema";

export async function signUpHandler({ ctx, input }: { ctx: Context; input: z.infer<typeof signUpSchema> }) {
  const { orgId } = await signUpClient(input, ctx.ip);
  return { orgId, email: input.email };
}
