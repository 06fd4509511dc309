import { Button, Text } from "@react-email/components";
import { buttonStyle, EmailLayout } from "./layout";

export interface ReviewReminderProps {
  campaignName: string;
  orgName: string;
  /** How long the submission has waited, e.g. "24 hours". */
  waiting: string;
  url: string;
}

export const reviewReminderSubject = (p: ReviewReminderProps) => `Review waiting: ${p.campaignName} (${p.orgName})`;

export default function ReviewReminderEmail({ campaignName, orgName, waiting, url }: ReviewReminderProps) {
  return (
    <EmailLayout
      preview={`${campaignName} has waited ${waiting} for review`}
      heading="A campaign is waiting for review"
    >
      <Text>
        {orgName} submitted <strong>{campaignName}</strong> {waiting} ago and it has no decision yet. Please approve it
        or send it back with a comment.
      </Text>
      <Button href={url} style={buttonStyle}>
        Open the review
      </Button>
    </EmailLayout>
  );
}
