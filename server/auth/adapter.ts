import "server-only";
import type { Adapter, AdapterAccount, AdapterUser } from "next-auth/adapters";
import { systemDb } from "../db/system-db";

// The slice of a next-auth adapter that the email (magic link) provider needs. Sessions are JWTs,
// and accounts are only ever created by sign-up or invitation, never by a magic link.
const toAdapterUser = (u: {
  id: string;
  email: string;
  name: string | null;
  emailVerified: Date | null;
  image: string | null;
}): AdapterUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  emailVerified: u.emailVerified,
  image: u.image,
});

export function callwrightAdapter(): Adapter {
  const db = systemDb;
  return {
    async createUser() {
      throw new Error("Accounts are created by sign-up or invitation");
    },
    async getUser(id) {
      const u = await db().user.findUnique({ where: { id } });
      return u && !u.disabledAt ? toAdapterUser(u) : null;
    },
    async getUserByEmail(email) {
      const u = await db().user.findUnique({ where: { email: email.toLowerCase() } });
      return u && !u.disabledAt ? toAdapterUser(u) : null;
    },
    async getUserByAccount({ provider, providerAccountId }) {
      const account = await db().account.findUnique({
        where: { provider_providerAccountId: { provider, providerAccountId } },
        include: { user: true },
      });
      return account && !account.user.disabledAt ? toAdapterUser(account.user) : null;
    },
    async updateUser({ id, emailVerified, name }) {
      const u = await db().user.update({
        where: { id },
        data: { emailVerified: emailVerified ?? undefined, name: name ?? undefined },
      });
      return toAdapterUser(u);
    },
    async linkAccount(account: AdapterAccount) {
      await db().account.create({
        data: {
          userId: account.userId,
          type: account.type,
          provider: account.provider,
          providerAccountId: account.providerAccountId,
        },
      });
    },
    async createVerificationToken(token) {
      await db().verificationToken.create({ data: token });
      return token;
    },
    async useVerificationToken({ identifier, token }) {
      // Single use: delete and return in one statement. The real expiry goes back: next-auth refuses
      // a token whose expiry is before its own clock reading (returning "now" failed whenever a
      // millisecond passed in between).
      const rows = await db().$queryRaw<{ identifier: string; token: string; expires: Date }[]>`
        DELETE FROM "VerificationToken" WHERE "identifier" = ${identifier} AND "token" = ${token} AND "expires" > now()
        RETURNING "identifier", "token", "expires"`;
      return rows[0] ?? null;
    },
  };
}
