import { router } from "../../trpc";

export const contactImportRouter = router({});
