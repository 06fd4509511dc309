import { Button, Text } from "@react-email/components";
import { buttonStyle, EmailLayout } from "./layout";

export interface ConfirmSignUpProps {
  name: string;
  companyName: string;
  url: string;
}

export const confirmSignUpSubject = () => "Confirm your email to create your Callwright account";

export default function ConfirmSignUpEmail({ name, companyName, url }: ConfirmSignUpProps) {
  return (
    <EmailLayout preview="Confirm your email address" heading="Confirm your email">
      <Text>
        Hello {name}, click the button to confirm your address and create the account for {companyName}. The link works
        once and expires in 24 hours.
      </Text>
      <Button href={url} style={buttonStyle}>
        Confirm and create account
      </Button>
      <Text style={{ fontSize: 12, color: "#71717a" }}>
        If you did not sign up for Callwright, ignore this email: nothing is created without the link.
      </Text>
    </EmailLayout>
  );
}
