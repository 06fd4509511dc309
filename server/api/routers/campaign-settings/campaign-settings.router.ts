import { router } from "../../trpc";

export const campaignSettingsRouter = router({});
