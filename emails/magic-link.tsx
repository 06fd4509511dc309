import { Button, Text } from "@react-email/components";
import { buttonStyle, EmailLayout } from "./layout";

export interface MagicLinkProps {
  url: string;
}

export const magicLinkSubject = () => "Your Callwright sign-in link";

export default function MagicLinkEmail({ url }: MagicLinkProps) {
  return (
    <EmailLayout preview="Sign in to Callwright" heading="Sign in to Callwright">
      <Text>Click the button to sign in. The link works once and expires in 15 minutes.</Text>
      <Button href={url} style={buttonStyle}>
        Sign in
      </Button>
      <Text style={{ fontSize: 12, color: "#71717a" }}>If you did not ask for this, you can ignore this email.</Text>
    </EmailLayout>
  );
}
