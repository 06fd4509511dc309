"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { acceptInvitationSchema } from "@/server/shared/auth/accept-invitation";
import { errorMessage } from "../../_lib/errors";
import { useTRPC } from "../../_lib/trpc";
import { Alert } from "../../_components/ui/alert";
import { Button } from "../../_components/ui/button";
import { Skeleton } from "../../_components/ui/card";
import { TextField } from "../../_components/ui/field";

export function AcceptInvitationForm({ token }: { token: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const preview = useQuery(trpc.invitation.preview.queryOptions({ token }, { retry: false }));
  const accept = useMutation(trpc.invitation.accept.mutationOptions());
  const form = useForm<z.input<typeof acceptInvitationSchema>>({
    resolver: zodResolver(acceptInvitationSchema),
    defaultValues: { token },
  });

  if (preview.isPending) return <Skeleton rows={3} />;
  if (preview.error) return <Alert>{errorMessage(preview.error)}</Alert>;
  const { email, orgName, hasAccount } = preview.data;

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
      <TextField
        label={hasAccount ? "Your existing password" : "Choose a password"}
        type="password"
        autoComplete={hasAccount ? "current-password" : "new-password"}
        hint={hasAccount ? undefined : "At least 10 characters."}
        error={form.formState.errors.password?.message}
        {...form.register("password")}
      />
      <Button type="submit" className="w-full" loading={form.formState.isSubmitting}>
        Accept and continue
      </Button>
    </form>
  );
}
