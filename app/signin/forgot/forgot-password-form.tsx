"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { requestPasswordResetSchema } from "@/server/shared/auth/password-reset";
import { errorMessage } from "../../_lib/errors";
import { useTRPC } from "../../_lib/trpc";
import { Alert } from "../../_components/ui/alert";
import { Button } from "../../_components/ui/button";
import { TextField } from "../../_components/ui/field";

export function ForgotPasswordForm() {
  const trpc = useTRPC();
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());
  const form = useForm<z.input<typeof requestPasswordResetSchema>>({
    resolver: zodResolver(requestPasswordResetSchema),
  });
  const onSubmit = form.handleSubmit(async (values) => {
    await request.mutateAsync(values);
  });

  // The same answer whether or not the address has an account.
  if (request.isSuccess) {
    return (
      <div role="status" className="space-y-2 text-sm text-zinc-600">
        <h2 className="text-lg font-semibold text-zinc-900">Check your inbox</h2>
        <p>
          If <strong>{request.data.email}</strong> has an account, a link to choose a new password is on its way. It
          works once and expires in 30 minutes.
        </p>
      </div>
    );
  }
  return (
    <form onSubmit={(e) => void onSubmit(e).catch(() => undefined)} noValidate className="space-y-4">
      {request.error && <Alert>{errorMessage(request.error)}</Alert>}
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        error={form.formState.errors.email?.message}
        {...form.register("email")}
      />
      <Button type="submit" className="w-full" loading={form.formState.isSubmitting}>
        Email me a reset link
      </Button>
    </form>
  );
}
