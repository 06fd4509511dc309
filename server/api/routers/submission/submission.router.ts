import { router } from "../../trpc";

export const submissionRouter = router({});
