import "server-only";
import { operatorProcedure, router } from "../../trpc";
import { approveSchema, rejectSchema } from "./decide.schema";
import { approveHandler, rejectHandler } from "./decide.handler";
import { getHandler } from "./get.handler";
import { queueHandler } from "./queue.handler";
import { submissionIdSchema } from "./submission-id.schema";

/** Operator admins and supervisors review campaigns; billing admins do not. */
const reviewerProcedure = operatorProcedure("campaigns.review");

export const reviewRouter = router({
  queue: reviewerProcedure.query(queueHandler),
  get: reviewerProcedure.input(submissionIdSchema).query(getHandler),
  approve: reviewerProcedure.input(approveSchema).mutation(approveHandler),
  reject: reviewerProcedure.input(rejectSchema).mutation(rejectHandler),
});
