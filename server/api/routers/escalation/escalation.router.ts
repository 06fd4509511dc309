import { router } from "../../trpc";

export const escalationRouter = router({});
