import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";
import { AppError } from "../errors";
import { PASSWORD_MIN } from "../shared/auth/password-rule";

// The most common passwords from breach corpora, as zxcvbn-ts ships them (@zxcvbn-ts/language-common,
// ~49k entries). Only entries a user could still choose (≥ PASSWORD_MIN characters) are kept.
let common: Set<string> | undefined;
const commonPasswords = () =>
  (common ??= new Set(
    dictionary["passwords-common"].filter((p) => p.length >= PASSWORD_MIN).map((p) => p.toLowerCase()),
  ));

/** Context-specific words NIST asks to refuse: the service's name and the user's own address. */
function containsContext(password: string, email: string): boolean {
  const lower = password.toLowerCase();
  const local = email.toLowerCase().split("@")[0] ?? "";
  return lower.includes("callwright") || (local.length >= 4 && lower.includes(local));
}

/** The server-side half of the password rule (the form checks newPasswordSchema first). */
export function assertPasswordNotGuessable(password: string, email: string): void {
  if (commonPasswords().has(password.toLowerCase()) || containsContext(password, email)) {
    throw new AppError(
      "BAD_REQUEST",
      "This password is too easy to guess: it is a common password or contains your email or “Callwright”. Choose another.",
      { field: "password" },
    );
  }
}
