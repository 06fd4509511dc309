import { router } from "../../trpc";

export const dncRouter = router({});
