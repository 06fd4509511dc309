import { router } from "../../trpc";

export const ratePlanRouter = router({});
