import "server-only";
import type { z } from "zod";
import { setUserDisabled } from "../../../auth/disable-user";
import type { OperatorContext } from "../../trpc";
import type { setUserDisabledSchema } from "./set-user-disabled.schema";

export const setUserDisabledHandler = ({
  ctx,
  input,
}: {
  ctx: OperatorContext;
  input: z.infer<typeof setUserDisabledSchema>;
}) => setUserDisabled(ctx.operator, input);
