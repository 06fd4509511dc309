import Link from "next/link";
import { AuthCard } from "../_components/auth-card";
import { SignUpForm } from "./sign-up-form";

export const metadata = { title: "Create your account" };

export default function SignUpPage() {
  return (
    <AuthCard
      title="Create your company account"
      subtitle="You will be the owner and can invite teammates."
      footer={
        <>
          Already have an account?{" "}
          <Link className="font-semibold text-indigo-600" href="/signin">
            Sign in
          </Link>
        </>
      }
    >
      <SignUpForm />
    </AuthCard>
  );
}
