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
import ConfirmSignUpEmail, { confirmSignUpSubject, type ConfirmSignUpProps } from "./confirm-sign-up";
import SignUpAttemptEmail, { signUpAttemptSubject, type SignUpAttemptProps } from "./sign-up-attempt";
import PasswordResetEmail, { passwordResetSubject, type PasswordResetProps } from "./password-reset";

/** Every email the product sends: a pure component and its subject line. */
export const emailTemplates = {
  "magic-link": { component: MagicLinkEmail, subject: magicLinkSubject },
  "confirm-sign-up": { component: ConfirmSignUpEmail, subject: confirmSignUpSubject },
  "sign-up-attempt": { component: SignUpAttemptEmail, subject: signUpAttemptSubject },
  "password-reset": { component: PasswordResetEmail, subject: passwordResetSubject },
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
  | { name: "confirm-sign-up"; props: ConfirmSignUpProps }
  | { name: "sign-up-attempt"; props: SignUpAttemptProps }
  | { name: "password-reset"; props: PasswordResetProps }
  | { name: "invitation"; props: InvitationProps }
  | { name: "campaign-draft-created"; props: CampaignDraftCreatedProps }
  | { name: "campaign-approved"; props: CampaignApprovedProps }
  | { name: "campaign-rejected"; props: CampaignRejectedProps }
  | { name: "review-reminder"; props: ReviewReminderProps }
  | { name: "campaign-submitted"; props: CampaignSubmittedProps }
  | { name: "review-requested"; props: ReviewRequestedProps };
