import "server-only";
import { auditRouter } from "./routers/audit/audit.router";
import { authRouter } from "./routers/auth/auth.router";
import { campaignRouter } from "./routers/campaign/campaign.router";
import { invitationRouter } from "./routers/invitation/invitation.router";
import { meRouter } from "./routers/me/me.router";
import { operatorRouter } from "./routers/operator/operator.router";
import { teamRouter } from "./routers/team/team.router";
import { campaignSettingsRouter } from "./routers/campaign-settings/campaign-settings.router";
import { escalationRouter } from "./routers/escalation/escalation.router";
import { scriptRouter } from "./routers/script/script.router";
import { contactImportRouter } from "./routers/contact-import/contact-import.router";
import { dncRouter } from "./routers/dnc/dnc.router";
import { submissionRouter } from "./routers/submission/submission.router";
import { reviewRouter } from "./routers/review/review.router";
import { ratePlanRouter } from "./routers/rate-plan/rate-plan.router";
import { contactsRouter } from "./routers/contacts/contacts.router";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  auth: authRouter,
  me: meRouter,
  campaign: campaignRouter,
  team: teamRouter,
  invitation: invitationRouter,
  audit: auditRouter,
  operator: operatorRouter,
  campaignSettings: campaignSettingsRouter,
  escalation: escalationRouter,
  script: scriptRouter,
  contactImport: contactImportRouter,
  dnc: dncRouter,
  submission: submissionRouter,
  review: reviewRouter,
  ratePlan: ratePlanRouter,
  contacts: contactsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
