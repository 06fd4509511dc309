import "server-only";
import { hashPassword } from "../auth/password";
import { startSession } from "../auth/sessions";
import { createClientAccount } from "../auth/sign-up";
import { createCaller } from "./root";
import { createContext } from "./trpc";

// For integration tests only: callers and accounts without a browser or an inbox.

/** A tRPC caller signed in as `userId` (each call opens a fresh server-side session), or signed out. */
export const callerFor = (userId: string | null) =>
  createCaller(async () =>
    createContext({ session: userId ? await startSession(userId) : null, headers: new Headers() }),
  );

/** A confirmed client account and its organization, as the emailed sign-up link creates them. */
export async function signUpForTest(input: { companyName: string; name: string; email: string; password: string }) {
  const { password, ...rest } = input;
  return createClientAccount({ ...rest, passwordHash: await hashPassword(password) });
}
