import { AuthCard } from "../../_components/auth-card";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <AuthCard title="Choose a new password" subtitle="Setting it signs you out on every device.">
      <ResetPasswordForm token={token ?? ""} />
    </AuthCard>
  );
}
