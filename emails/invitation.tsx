import { Button, Text } from "@react-email/components";
import { buttonStyle, EmailLayout } from "./layout";

export interface InvitationProps {
  orgName: string;
  inviterName: string;
  role: string;
  url: string;
}

export const invitationSubject = (p: InvitationProps) => `${p.inviterName} invited you to ${p.orgName} on Callwright`;

export default function InvitationEmail({ orgName, inviterName, role, url }: InvitationProps) {
  return (
    <EmailLayout preview={`Join ${orgName} on Callwright`} heading={`Join ${orgName}`}>
      <Text>
        {inviterName} invited you to join {orgName} on Callwright as {role}. The invitation expires in 7 days.
      </Text>
      <Button href={url} style={buttonStyle}>
        Accept invitation
      </Button>
    </EmailLayout>
  );
}
