"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { acceptInvitationNewAccountSchema, acceptInvitationSchema } from "@/server/shared/auth/accept-invitation";
import { PASSWORD_MIN } from "@/server/shared/auth/password-rule";
import { errorMessage } from "../../_lib/errors";
import { useTRPC } from "../../_lib/trpc";
import { Alert } from "../../_components/ui/alert";
import { Button } from "../../_components/ui/button";
import { Skeleton } from "../../_components/ui/card";
import { TextField } from "../../_components/ui/field";
import { PasswordField } from "../../_components/ui/password-field";

export function AcceptInvitationForm({ token }: { token: string }) {
  const trpc = useTRPC();
  const preview = useQuery(trpc.invitation.preview.queryOptions({ token }, { retry: false }));
  if (preview.isPending) return <Skeleton rows={3} />;
  if (preview.error) return <Alert>{errorMessage(preview.error)}</Alert>;
  return <AcceptFields token={token} {...preview.data} />;
}

function AcceptFields({
  token,
  email,
  orgName,
  hasAccount,
}: {
  token: string;
  email: string;
  orgName: string;
  hasAccount: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(trpc.invitation.accept.mutationOptions());
  const form = useForm<z.input<typeof acceptInvitationSchema>>({
    // An existing account's password is checked as it is; a new one follows the new-password rule.
    resolver: zodResolver(hasAccount ? acceptInvitationSchema : acceptInvitationNewAccountSchema),
    defaultValues: { token },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    const { orgId } = await accept.mutateAsync(values);
    await signIn("credentials", { email, password: values.password, redirect: false });
    router.push(`/portal/${orgId}`);
    router.refresh();
  });

  return (
    <form onSubmit={(e) => void onSubmit(e).catch(() => undefined)} noValidate className="space-y-4">
      <p className="text-sm text-zinc-600">
        You are joining <strong>{orgName}</strong> as <strong>{email}</strong>.
      </p>
      {accept.error && <Alert>{errorMessage(accept.error)}</Alert>}
      <TextField
        label="Your name"
        autoComplete="name"
        error={form.formState.errors.name?.message}
        {...form.register("name")}
      />
      <PasswordField
        label={hasAccount ? "Your existing password" : "Choose a password"}
        autoComplete={hasAccount ? "current-password" : "new-password"}
        hint={hasAccount ? undefined : `At least ${PASSWORD_MIN} characters. A few unrelated words work well.`}
        error={form.formState.errors.password?.message}
        {...form.register("password")}
      />
      <Button type="submit" className="w-full" loading={form.formState.isSubmitting}>
        Accept and continue
      </Button>
    </form>
  );
}
