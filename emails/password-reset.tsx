import { Button, Text } from "@react-email/components";
import { buttonStyle, EmailLayout } from "./layout";

export interface PasswordResetProps {
  url: string;
}

export const passwordResetSubject = () => "Reset your Callwright password";

export default function PasswordResetEmail({ url }: PasswordResetProps) {
  return (
    <EmailLayout preview="Reset your password" heading="Reset your password">
      <Text>
        Click the button to choose a new password. The link works once and expires in 30 minutes. Setting a new password
        signs you out everywhere.
      </Text>
      <Button href={url} style={buttonStyle}>
        Choose a new password
      </Button>
      <Text style={{ fontSize: 12, color: "#71717a" }}>
        If you did not ask for this, ignore this email: your password stays as it is.
      </Text>
    </EmailLayout>
  );
}
