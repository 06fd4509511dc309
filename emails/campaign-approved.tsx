import { Button, Text } from "@react-email/components";
import { buttonStyle, EmailLayout } from "./layout";

export interface CampaignApprovedProps {
  campaignName: string;
  orgName: string;
  /** The start date as people read it, e.g. "Monday, 1 December 2026". */
  startDate: string;
  comment: string | null;
  url: string;
}

export const campaignApprovedSubject = (p: CampaignApprovedProps) => `Campaign approved: ${p.campaignName}`;

export default function CampaignApprovedEmail({
  campaignName,
  orgName,
  startDate,
  comment,
  url,
}: CampaignApprovedProps) {
  return (
    <EmailLayout preview={`${campaignName} is approved and starts on ${startDate}`} heading="Your campaign is approved">
      <Text>
        Callwright approved the campaign <strong>{campaignName}</strong> for {orgName}. Calling starts on{" "}
        <strong>{startDate}</strong>, within the calling window you set.
      </Text>
      {comment && (
        <Text style={{ borderLeft: "3px solid #a5b4fc", paddingLeft: 12, color: "#3f3f46" }}>
          Reviewer&apos;s note: {comment}
        </Text>
      )}
      <Button href={url} style={buttonStyle}>
        Open the campaign
      </Button>
    </EmailLayout>
  );
}
