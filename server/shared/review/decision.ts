import { z } from "zod";

// The operator's approve / reject form and review.approve / review.reject input.
export const MAX_REVIEW_COMMENT = 2000;

export const approveSchema = z.object({
  submissionId: z.string().min(1).max(64),
  comment: z
    .string()
    .trim()
    .max(MAX_REVIEW_COMMENT, `The comment can be at most ${MAX_REVIEW_COMMENT} characters`)
    .default(""),
});

export const rejectSchema = z.object({
  submissionId: z.string().min(1).max(64),
  comment: z
    .string()
    .trim()
    .min(1, "Tell the client what to change: a comment is required to reject")
    .max(MAX_REVIEW_COMMENT, `The comment can be at most ${MAX_REVIEW_COMMENT} characters`),
});
