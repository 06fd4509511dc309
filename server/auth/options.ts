import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { z } from "zod";
import { systemDb } from "../db/system-db";
import { env } from "../env";
import { AppError } from "../errors";
import { logger } from "../logger";
import { sendEmail } from "../adapters/email/send-email";
import { callwrightAdapter } from "./adapter";
import { clientIp } from "./client-ip";
import { verifyPassword } from "./password";
import { hitRateLimit, SIGN_IN_LIMIT } from "./rate-limit";
import { endSession, SESSION_MAX_AGE_SECONDS, startSession } from "./sessions";
import { beginSignInAttempt, signInSucceeded } from "./sign-in-throttle";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(200),
});

/** Cookies carry `Secure` whenever the portal is served over https (decision 55). */
const usesSecureCookies = (appUrl: string) => new URL(appUrl).protocol === "https:";

export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    useSecureCookies: usesSecureCookies(env().NEXTAUTH_URL ?? env().APP_URL),
    adapter: callwrightAdapter(),
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(raw, req) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) return null;
          const { email, password } = parsed.data;
          const ip = clientIp(req?.headers);
          // Per address (all accounts), then per account and address with a growing delay: an
          // attacker slows only their own attempts; the account itself is never locked (decision 51).
          try {
            await hitRateLimit(`signin:ip:${ip}`, SIGN_IN_LIMIT.perIp, SIGN_IN_LIMIT.windowSeconds);
          } catch (error) {
            if (error instanceof AppError) throw new Error("RateLimited");
            throw error;
          }
          const attempt = await beginSignInAttempt(email, ip);
          if (!attempt.allowed) throw new Error("RateLimited");
          const user = await systemDb().user.findUnique({ where: { email } });
          const ok = await verifyPassword(user?.passwordHash, password);
          if (!user || !ok || user.disabledAt) {
            logger.info({ email, ip }, "sign-in refused");
            return null;
          }
          await signInSucceeded(email, ip);
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
      EmailProvider({
        maxAge: 15 * 60,
        // Only existing, enabled users get a link; the page says the same either way.
        async sendVerificationRequest({ identifier, url }) {
          const email = identifier.toLowerCase();
          await hitRateLimit(`magic:${email}`, 3, 600);
          const user = await systemDb().user.findUnique({ where: { email } });
          if (!user || user.disabledAt) return;
          await sendEmail({ to: email, template: { name: "magic-link", props: { url } } });
        },
      }),
    ],
    callbacks: {
      // A new sign-in (password or link) gets its server-side session; the JWT carries its id.
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sid = (await startSession(user.id)).sessionId;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub, sessionId: token.sid };
      },
    },
    events: {
      // Sign-out ends the session on the server too: a copied cookie stops working at once.
      async signOut({ token }) {
        if (typeof token?.sid === "string") await endSession(token.sid);
      },
    },
  };
}
