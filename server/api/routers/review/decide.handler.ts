import "server-only";
import type { z } from "zod";
import { decideSubmission } from "../../../domain/review/review";
import type { OperatorContext } from "../../trpc";
import type { approveSchema, rejectSchema } from "./decide.schema";

export async function approveHandler({ ctx, input }: { ctx: OperatorContext; input: z.infer<typeof approveSchema> }) {
  const result = await decideSubmission(ctx.operator, { ...input, decision: "APPROVED" });
  ctx.log.info(result, "submission approved");
  return result;
}

export async function rejectHandler({ ctx, input }: { ctx: OperatorContext; input: z.infer<typeof rejectSchema> }) {
  const result = await decideSubmission(ctx.operator, { ...input, decision: "REJECTED" });
  ctx.log.info(result, "submission rejected");
  return result;
}
