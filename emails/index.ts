import CampaignApprovedEmail, { campaignApprovedSubject, type CampaignApprovedProps } from "./campaign-approved";
import CampaignRejectedEmail, { campaignRejectedSubject, type CampaignRejectedProps } from "./campaign-rejected";
import ReviewReminderEmail, { reviewReminderSubject, type ReviewReminderProps } from "./review-reminder";
import CampaignDraftCreatedEmail, {
  campaignDraftCreatedSubject,
  type CampaignDraftCreatedProps,
} from "./campaign-draft-created";
import CampaignSubmittedEmail, { campaignSubmittedSubject, type CampaignSubmittedProps } from "./campaign-submitted";
import ReviewRequestedEmail, { reviewRequestedSubject, type ReviewRequestedProps } from "./review-requested";
import InvitationEmail, { invitationSubject, type InvitationProps } from "./invitation";
import MagicLinkEmail, { magicLinkSubject, type MagicLinkProps } from "./magic-link";

/** Every email the product sends: a pure component and its subject line. */
export const emailTemplates = {
  "magic-link": { component: MagicLinkEmail, subject: magicLinkSubject },
  invitation: { component: InvitationEmail, subject: invitationSubject },
  "campaign-draft-created": { component: CampaignDraftCreatedEmail, subject: campaignDraftCreatedSubject },
  "campaign-approved": { component: CampaignApprovedEmail, subject: campaignApprovedSubject },
  "campaign-rejected": { component: CampaignRejectedEmail, subject: campaignRejectedSubject },
  "review-reminder": { component: ReviewReminderEmail, subject: reviewReminderSubject },
  "campaign-submitted": { component: CampaignSubmittedEmail, subject: campaignSubmittedSubject },
  "review-requested": { component: ReviewRequestedEmail, subject: reviewRequestedSubject },
};

export type EmailTemplate =
  | { name: "magic-link"; props: MagicLinkProps }
  | { name: "invitation"; props: InvitationProps }
  | { name: "campaign-draft-created"; props: CampaignDraftCreatedProps }
  | { name: "campaign-approved"; props: CampaignApprovedProps }
  | { name: "campaign-rejected"; props: CampaignRejectedProps }
  | { name: "review-reminder"; props: ReviewReminderProps }
  | { name: "campaign-submitted"; props: CampaignSubmittedProps }
  | { name: "review-requested"; props: ReviewRequestedProps };
