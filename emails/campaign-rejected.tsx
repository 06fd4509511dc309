import { Button, Text } from "@react-email/components";
import { buttonStyle, EmailLayout } from "./layout";

export interface CampaignRejectedProps {
  campaignName: string;
  orgName: string;
  comment: string;
  url: string;
}

export const campaignRejectedSubject = (p: CampaignRejectedProps) => `Changes needed: ${p.campaignName}`;

export default function CampaignRejectedEmail({ campaignName, orgName, comment, url }: CampaignRejectedProps) {
  return (
    <EmailLayout preview={`${campaignName} needs changes before it can run`} heading="Your campaign needs changes">
      <Text>
        Callwright reviewed the campaign <strong>{campaignName}</strong> for {orgName} and could not approve it yet. The
        reviewer wrote:
      </Text>
      <Text style={{ borderLeft: "3px solid #fca5a5", paddingLeft: 12, color: "#3f3f46", whiteSpace: "pre-wrap" }}>
        {comment}
      </Text>
      <Text>The campaign is back in draft. Make the changes, then submit it again.</Text>
      <Button href={url} style={buttonStyle}>
        Edit the campaign
      </Button>
    </EmailLayout>
  );
}
