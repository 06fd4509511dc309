import "server-only";
import type { z } from "zod";
import { reviewDetail } from "../../../domain/review/review";
import type { OperatorContext } from "../../trpc";
import type { submissionIdSchema } from "./submission-id.schema";

export const getHandler = ({ ctx, input }: { ctx: OperatorContext; input: z.infer<typeof submissionIdSchema> }) =>
  reviewDetail(ctx.operator, input.submissionId);
