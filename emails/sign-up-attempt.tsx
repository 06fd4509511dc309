import { Button, Link, Text } from "@react-email/components";
import { buttonStyle, EmailLayout } from "./layout";

export interface SignUpAttemptProps {
  signInUrl: string;
  resetUrl: string;
}

export const signUpAttemptSubject = () => "Someone tried to sign up with your email address";

export default function SignUpAttemptEmail({ signInUrl, resetUrl }: SignUpAttemptProps) {
  return (
    <EmailLayout preview="You already have a Callwright account" heading="You already have an account">
      <Text>
        Someone, perhaps you, tried to create a Callwright account with this email address. It already has an account,
        so nothing was changed.
      </Text>
      <Button href={signInUrl} style={buttonStyle}>
        Sign in
      </Button>
      <Text>
        Forgot your password? <Link href={resetUrl}>Reset it here</Link>.
      </Text>
      <Text style={{ fontSize: 12, color: "#71717a" }}>If it was not you, you can ignore this email.</Text>
    </EmailLayout>
  );
}
