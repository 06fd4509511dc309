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

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(200),
});

export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
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
          try {
            await hitRateLimit(
              `signin:ip:${clientIp(req?.headers?.["x-forwarded-for"])}`,
              SIGN_IN_LIMIT.perIp,
              SIGN_IN_LIMIT.windowSeconds,
            );
            await hitRateLimit(`signin:email:${email}`, SIGN_IN_LIMIT.perEmail, SIGN_IN_LIMIT.windowSeconds);
          } catch (error) {
            if (error instanceof AppError) throw new Error("RateLimited");
            throw error;
          }
          const user = await systemDb().user.findUnique({ where: { email } });
          const ok = await verifyPassword(user?.passwordHash, password);
          if (!user || !ok || user.disabledAt) {
            logger.info({ email }, "sign-in refused");
            return null;
          }
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
      jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub };
      },
    },
  };
}
