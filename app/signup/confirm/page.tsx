import { AuthCard } from "../../_components/auth-card";
import { ConfirmSignUp } from "./confirm-sign-up";

export const metadata = { title: "Confirm your email" };

export default async function ConfirmSignUpPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <AuthCard title="Confirm your email" subtitle="One click and your company account is ready.">
      <ConfirmSignUp token={token ?? ""} />
    </AuthCard>
  );
}
