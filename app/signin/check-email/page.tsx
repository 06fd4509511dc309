import { AuthCard } from "../../_components/auth-card";

export default function CheckEmailPage() {
  return (
    <AuthCard
      title="Check your email"
      subtitle="If an account exists for that address, a sign-in link is on its way. It works once and expires in 15 minutes."
    >
      <p className="text-sm text-zinc-600">You can close this tab after you click the link.</p>
    </AuthCard>
  );
}
