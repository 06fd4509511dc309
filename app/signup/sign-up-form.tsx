"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { PASSWORD_MIN } from "@/server/shared/auth/password-rule";
import { signUpSchema } from "@/server/shared/auth/sign-up";
import { errorMessage } from "../_lib/errors";
import { useTRPC } from "../_lib/trpc";
import { Alert } from "../_components/ui/alert";
import { Button } from "../_components/ui/button";
import { TextField } from "../_components/ui/field";
import { PasswordField } from "../_components/ui/password-field";

type Values = z.input<typeof signUpSchema>;

export function SignUpForm() {
  const trpc = useTRPC();
  const form = useForm<Values>({ resolver: zodResolver(signUpSchema) });
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    await signUp.mutateAsync(values);
  });

  // The same answer whether or not the address already has an account (decision 53).
  if (signUp.isSuccess) {
    return (
      <div className="space-y-3" role="status">
        <h2 className="text-lg font-semibold">Check your inbox</h2>
        <p className="text-sm text-zinc-600">
          We sent an email to <strong>{signUp.data.email}</strong>. Open the link in it to finish. It expires in 24
          hours.
        </p>
        <p className="text-sm text-zinc-600">No email after a few minutes? Check your spam folder, or sign up again.</p>
      </div>
    );
  }

  return (
    <form onSubmit={(e) => void onSubmit(e).catch(() => undefined)} noValidate className="space-y-4">
      {signUp.error && <Alert>{errorMessage(signUp.error)}</Alert>}
      <TextField
        label="Company name"
        autoComplete="organization"
        error={errors.companyName?.message}
        {...form.register("companyName")}
      />
      <TextField label="Your name" autoComplete="name" error={errors.name?.message} {...form.register("name")} />
      <TextField
        label="Work email"
        type="email"
        autoComplete="email"
        error={errors.email?.message}
        {...form.register("email")}
      />
      <PasswordField
        label="Password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN} characters. A few unrelated words work well.`}
        error={errors.password?.message}
        {...form.register("password")}
      />
      <Button type="submit" className="w-full" loading={form.formState.isSubmitting}>
        Create account
      </Button>
    </form>
  );
}
