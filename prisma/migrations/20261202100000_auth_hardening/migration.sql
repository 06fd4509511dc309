-- Issue 10, authentication (decisions 50-59): sign-in throttling per account and address, pending
-- sign-ups confirmed by email, and server-side sessions checked on every request.

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "PendingSignUp" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "companyName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PendingSignUp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PendingSignUp_tokenHash_key" ON "PendingSignUp"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- A session row is identity, like "User": the owner (server/auth) creates and deletes it; the app
-- role reads only the signed-in user's own rows, in the same statement that loads the session user.
ALTER TABLE "Session" ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_sessions ON "Session" FOR SELECT USING ("userId" = (SELECT app_user_id()));
GRANT SELECT ON "Session" TO callwright_app;
