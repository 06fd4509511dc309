import "server-only";
export { approveSchema, MAX_REVIEW_COMMENT, rejectSchema } from "../../../shared/review/decision";
