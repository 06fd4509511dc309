"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { signUpSchema } from "@/server/shared/auth/sign-up";
import { errorMessage } from "../_lib/errors";
import { useTRPC } from "../_lib/trpc";
import { Alert } from "../_components/ui/alert";
import { Button } from "../_components/ui/button";
import { TextField } from "../_components/ui/field";

type Values = z.input<typeof signUpSchema>;

export function SignUpForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const form = useForm<Values>({ resolver: zodResolver(signUpSchema) });
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const { orgId } = await signUp.mutateAsync(values);
    await signIn("credentials", { email: values.email, password: values.password, redirect: false });
    router.push(`/portal/${orgId}`);
    router.refresh();
  });

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
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        error={errors.password?.message}
        {...form.register("password")}
      />
      <Button type="submit" className="w-full" loading={form.formState.isSubmitting}>
        Create account
      </Button>
    </form>
  );
}
