import { z } from "zod";

// NIST SP 800-63B for a password the user chooses: a minimum length (12 here), a generous maximum,
// any characters, no composition rules, and no repetitive or sequential strings. Shared with the
// forms; the common-password list is checked on the server (server/auth/password-policy.ts)
// because it is large. Decision 54.
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

/** Few distinct characters ("aaaaaaaaaaaa", "abababababab") or one run ("abcdefghijkl", "987654321098"). */
export function isRepetitiveOrSequential(password: string): boolean {
  const chars = [...password];
  if (new Set(chars).size < 5) return true;
  const codes = chars.map((c) => c.codePointAt(0)!);
  const step = (i: number) => {
    const d = codes[i]! - codes[i - 1]!;
    return Math.abs(d) === 9 && /\d/.test(chars[i]!) && /\d/.test(chars[i - 1]!) ? -Math.sign(d) : d; // 9→0, 0→9
  };
  const first = step(1);
  return Math.abs(first) === 1 && codes.every((_, i) => i === 0 || step(i) === first);
}

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, "Password is too long")
  // Only once it is long enough: one clear message at a time.
  .refine(
    (p) => p.length < PASSWORD_MIN || p.length > PASSWORD_MAX || !isRepetitiveOrSequential(p),
    "Avoid repeated or sequential characters such as aaaa… or 1234…",
  );
