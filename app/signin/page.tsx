import Link from "next/link";
import { AuthCard } from "../_components/auth-card";
import { SignInForm } from "./sign-in-form";

export const metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  CredentialsSignin: "Wrong email or password.",
  RateLimited: "Too many sign-in attempts. Wait a few minutes and try again.",
  Verification: "That sign-in link has expired or was already used. Ask for a new one.",
  EmailSignin: "We could not send the sign-in link. Try again in a few minutes.",
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string; callbackUrl?: string }>;
}) {
  const { error } = await searchParams;
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
      <SignInForm initialError={error ? (ERRORS[error] ?? "Sign-in failed. Try again.") : undefined} />
    </AuthCard>
  );
}
