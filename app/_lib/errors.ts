import { TRPCClientError } from "@trpc/client";

/** The message a person should read for a failed call; never a stack. */
export function errorMessage(error: unknown): string {
  if (error instanceof TRPCClientError) {
    const fieldErrors = (error.data as { fieldErrors?: Record<string, string[] | undefined> } | undefined)?.fieldErrors;
    const first = fieldErrors && Object.values(fieldErrors).flat().find(Boolean);
    return first ?? error.message;
  }
  return error instanceof Error ? error.message : "Something went wrong.";
}
