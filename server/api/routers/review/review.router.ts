import { router } from "../../trpc";

export const reviewRouter = router({});
