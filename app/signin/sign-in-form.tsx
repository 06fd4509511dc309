"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Alert } from "../_components/ui/alert";
import { Button } from "../_components/ui/button";
import { TextField } from "../_components/ui/field";
import { PasswordField } from "../_components/ui/password-field";

const passwordSchema = z.object({
  email: z.string().trim().email("Enter a valid email address"),
  password: z.string().min(1, "Enter your password"),
});
const linkSchema = z.object({ email: z.string().trim().email("Enter a valid email address") });

export function SignInForm({
  initialError,
  notice,
  initialEmail,
}: {
  initialError?: string;
  notice?: string;
  initialEmail?: string;
}) {
  const router = useRouter();
  const [mode, setMode] = useState<"password" | "link">("password");
  const [error, setError] = useState(initialError);
  const form = useForm<{ email: string; password: string }>({
    resolver: zodResolver(mode === "password" ? passwordSchema : linkSchema) as never,
    defaultValues: { email: initialEmail ?? "" },
  });

  const submit = form.handleSubmit(async ({ email, password }) => {
    setError(undefined);
    if (mode === "link") {
      const res = await signIn("email", { email, redirect: false, callbackUrl: "/home" });
      if (res?.error) setError("We could not send the link. Try again in a few minutes.");
      else router.push("/signin/check-email");
      return;
    }
    const res = await signIn("credentials", { email, password, redirect: false });
    if (!res || res.error) {
      setError(
        res?.error === "RateLimited"
          ? "Too many sign-in attempts from here. Wait a moment and try again."
          : "Wrong email or password.",
      );
      return;
    }
    router.push("/home");
    router.refresh();
  });
  // signIn rejects when the server cannot be reached: say so instead of leaving an unhandled rejection.
  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    void submit(event).catch(() => setError("We could not reach the server. Check your connection and try again."));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {error && <Alert>{error}</Alert>}
      {!error && notice && <Alert tone="success">{notice}</Alert>}
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        error={form.formState.errors.email?.message}
        {...form.register("email")}
      />
      {mode === "password" && (
        <>
          <PasswordField
            label="Password"
            autoComplete="current-password"
            error={form.formState.errors.password?.message}
            {...form.register("password")}
          />
          <p className="text-right text-sm">
            <Link href="/signin/forgot" className="font-medium text-indigo-600 hover:underline">
              Forgot your password?
            </Link>
          </p>
        </>
      )}
      <Button type="submit" className="w-full" loading={form.formState.isSubmitting}>
        {mode === "password" ? "Sign in" : "Email me a sign-in link"}
      </Button>
      <button
        type="button"
        className="w-full text-center text-sm font-medium text-indigo-600 hover:underline"
        onClick={() => {
          setMode(mode === "password" ? "link" : "password");
          setError(undefined);
        }}
      >
        {mode === "password" ? "Sign in with an emailed link instead" : "Sign in with a password instead"}
      </button>
    </form>
  );
}
