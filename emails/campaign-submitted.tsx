import { Button, Text } from "@react-email/components";
import { buttonStyle, EmailLayout } from "./layout";

export interface CampaignSubmittedProps {
  campaignName: string;
  orgName: string;
  /** The quote at submission as people read it, e.g. "€3.20 for 6 agent minutes"; null without one. */
  quote: string | null;
  url: string;
}

export const campaignSubmittedSubject = (p: CampaignSubmittedProps) => `Submitted for review: ${p.campaignName}`;

/** To the person who submitted: the submission arrived, and what happens next. */
export default function CampaignSubmittedEmail({ campaignName, orgName, quote, url }: CampaignSubmittedProps) {
  return (
    <EmailLayout preview={`${campaignName} is waiting for Callwright's review`} heading="We received your campaign">
      <Text>
        <strong>{campaignName}</strong> for {orgName} is submitted. Callwright&apos;s team reviews the settings, the
        contact list and the script, and you get an email when it is approved or needs changes.
      </Text>
      {quote && <Text>Quote at submission: {quote}.</Text>}
      <Button href={url} style={buttonStyle}>
        Open the campaign
      </Button>
    </EmailLayout>
  );
}
