import { auditRouter } from "./routers/audit/audit.router";
import { authRouter } from "./routers/auth/auth.router";
import { campaignRouter } from "./routers/campaign/campaign.router";
import { invitationRouter } from "./routers/invitation/invitation.router";
import { meRouter } from "./routers/me/me.router";
import { operatorRouter } from "./routers/operator/operator.router";
import { teamRouter } from "./routers/team/team.router";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  auth: authRouter,
  me: meRouter,
  campaign: campaignRouter,
  team: teamRouter,
  invitation: invitationRouter,
  audit: auditRouter,
  operator: operatorRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
