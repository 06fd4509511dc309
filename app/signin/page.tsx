import Link from "next/link";
import { AuthCard } from "../_components/auth-card";
import { SignInForm } from "./sign-in-form";

export const metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  CredentialsSignin: "Wrong email or password.",
  RateLimited: "Too many sign-in attempts from here. Wait a moment and try again.",
  Verification: "That sign-in link has expired or was already used. Ask for a new one.",
  EmailSignin: "We could not send the sign-in link. Try again in a few minutes.",
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string; callbackUrl?: string; confirmed?: string; reset?: string; email?: string }>;
}) {
  const { error, confirmed, reset, email } = await searchParams;
  const notice = confirmed
    ? "Your email is confirmed and your account is ready. Sign in with your password."
    : reset
      ? "Your password was changed and every session was signed out. Sign in with the new password."
      : undefined;
  return (
    <AuthCard
      title="Sign in"
      footer={
        <>
          New to Callwright?{" "}
          <Link className="font-semibold text-indigo-600" href="/signup">
            Create an account
          </Link>
        </>
      }
    >
      <SignInForm
        initialError={error ? (ERRORS[error] ?? "Sign-in failed. Try again.") : undefined}
        notice={notice}
        initialEmail={email}
      />
    </AuthCard>
  );
}
