import { Button, Text } from "@react-email/components";
import { buttonStyle, EmailLayout } from "./layout";

export interface CampaignDraftCreatedProps {
  campaignName: string;
  orgName: string;
  url: string;
}

export const campaignDraftCreatedSubject = (p: CampaignDraftCreatedProps) =>
  `Campaign draft created: ${p.campaignName}`;

export default function CampaignDraftCreatedEmail({ campaignName, orgName, url }: CampaignDraftCreatedProps) {
  return (
    <EmailLayout preview={`${campaignName} is saved as a draft`} heading="Your campaign draft is saved">
      <Text>
        The campaign <strong>{campaignName}</strong> for {orgName} is saved as a draft. Add its contact list, script and
        escalation contacts, then submit it for review.
      </Text>
      <Button href={url} style={buttonStyle}>
        Open the campaign
      </Button>
    </EmailLayout>
  );
}
