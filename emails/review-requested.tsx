import { Button, Text } from "@react-email/components";
import { buttonStyle, EmailLayout } from "./layout";

export interface ReviewRequestedProps {
  campaignName: string;
  orgName: string;
  url: string;
}

export const reviewRequestedSubject = (p: ReviewRequestedProps) =>
  `New campaign to review: ${p.campaignName} (${p.orgName})`;

/** To operator staff who review: a submission has just arrived in the queue. */
export default function ReviewRequestedEmail({ campaignName, orgName, url }: ReviewRequestedProps) {
  return (
    <EmailLayout preview={`${orgName} submitted ${campaignName}`} heading="A campaign is waiting for review">
      <Text>
        {orgName} submitted <strong>{campaignName}</strong>. Please approve it or send it back with a comment.
      </Text>
      <Button href={url} style={buttonStyle}>
        Open the review
      </Button>
    </EmailLayout>
  );
}
