"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { PASSWORD_MIN } from "@/server/shared/auth/password-rule";
import { resetPasswordSchema } from "@/server/shared/auth/password-reset";
import { errorMessage } from "../../_lib/errors";
import { useTRPC } from "../../_lib/trpc";
import { Alert } from "../../_components/ui/alert";
import { Button } from "../../_components/ui/button";
import { PasswordField } from "../../_components/ui/password-field";

export function ResetPasswordForm({ token }: { token: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const reset = useMutation(trpc.auth.resetPassword.mutationOptions());
  const form = useForm<z.input<typeof resetPasswordSchema>>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { token },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    const { email } = await reset.mutateAsync(values);
    router.push(`/signin?reset=1&email=${encodeURIComponent(email)}`);
  });

  if (!token) return <Alert>This reset link is incomplete. Open the link from the email again.</Alert>;
  return (
    <form onSubmit={(e) => void onSubmit(e).catch(() => undefined)} noValidate className="space-y-4">
      {reset.error && <Alert>{errorMessage(reset.error)}</Alert>}
      <PasswordField
        label="New password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN} characters. A few unrelated words work well.`}
        error={form.formState.errors.password?.message}
        {...form.register("password")}
      />
      <Button type="submit" className="w-full" loading={form.formState.isSubmitting || reset.isSuccess}>
        Set new password
      </Button>
    </form>
  );
}
