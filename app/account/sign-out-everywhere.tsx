"use client";
import { useMutation } from "@tanstack/react-query";
import { signOut } from "next-auth/react";
import { errorMessage } from "../_lib/errors";
import { useTRPC } from "../_lib/trpc";
import { Alert } from "../_components/ui/alert";
import { Button } from "../_components/ui/button";

export function SignOutEverywhere() {
  const trpc = useTRPC();
  const everywhere = useMutation(
    trpc.me.signOutEverywhere.mutationOptions({
      // The server ended every session, this one too; clear this browser's cookie as well.
      onSuccess: () => void signOut({ callbackUrl: "/signin" }),
    }),
  );
  return (
    <div className="space-y-3">
      <p className="text-sm text-zinc-600">
        Signed in on a shared or lost device? This ends every session of your account at once, including this one.
      </p>
      {everywhere.error && <Alert>{errorMessage(everywhere.error)}</Alert>}
      <Button
        type="button"
        variant="secondary"
        loading={everywhere.isPending || everywhere.isSuccess}
        onClick={() => everywhere.mutate()}
      >
        Sign out everywhere
      </Button>
    </div>
  );
}
