"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { errorMessage } from "../../_lib/errors";
import { useTRPC } from "../../_lib/trpc";
import { Alert } from "../../_components/ui/alert";
import { Button } from "../../_components/ui/button";

// A button, not a request on page load: mail scanners open links, and must not create accounts.
export function ConfirmSignUp({ token }: { token: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const confirm = useMutation(
    trpc.auth.confirmSignUp.mutationOptions({
      onSuccess: ({ email }) => router.push(`/signin?confirmed=1&email=${encodeURIComponent(email)}`),
    }),
  );
  if (!token) return <Alert>This confirmation link is incomplete. Open the link from the email again.</Alert>;
  return (
    <div className="space-y-4">
      {confirm.error && <Alert>{errorMessage(confirm.error)}</Alert>}
      <Button
        type="button"
        className="w-full"
        loading={confirm.isPending || confirm.isSuccess}
        onClick={() => confirm.mutate({ token })}
      >
        Confirm and create my account
      </Button>
    </div>
  );
}
