import { router } from "../../trpc";

export const scriptRouter = router({});
