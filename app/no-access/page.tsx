import { AuthCard } from "../_components/auth-card";
import { SignOutButton } from "../_components/sign-out-button";

export default function NoAccess() {
  return (
    <AuthCard
      title="No organization yet"
      subtitle="Your account is not a member of any organization. Ask your administrator for an invitation."
    >
      <SignOutButton />
    </AuthCard>
  );
}
