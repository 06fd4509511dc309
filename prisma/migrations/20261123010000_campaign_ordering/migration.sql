-- CreateEnum
CREATE TYPE "CampaignType" AS ENUM ('OUTBOUND_SALES', 'SURVEY', 'LEAD_QUALIFICATION', 'REMINDER', 'INBOUND_HOTLINE', 'INBOUND_OVERFLOW');

-- CreateEnum
CREATE TYPE "DialMode" AS ENUM ('PREVIEW', 'PROGRESSIVE', 'PREDICTIVE');

-- CreateEnum
CREATE TYPE "ScriptVersionStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED');

-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "abandonCapBps" INTEGER NOT NULL DEFAULT 300,
ADD COLUMN     "activeContactListId" TEXT,
ADD COLUMN     "approvedAt" TIMESTAMPTZ(3),
ADD COLUMN     "budgetCapMinor" INTEGER,
ADD COLUMN     "callerId" TEXT,
ADD COLUMN     "callingWindow" JSONB,
ADD COLUMN     "currency" TEXT NOT NULL DEFAULT 'EUR',
ADD COLUMN     "dialMode" "DialMode",
ADD COLUMN     "dispositions" JSONB,
ADD COLUMN     "endDate" DATE,
ADD COLUMN     "maxAttempts" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "retryPolicy" JSONB,
ADD COLUMN     "startDate" DATE,
ADD COLUMN     "submittedAt" TIMESTAMPTZ(3),
ADD COLUMN     "type" "CampaignType",
ADD COLUMN     "wizardStep" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "RatePlan" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT,
    "name" TEXT NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'EUR',
    "agentHourRateMinor" INTEGER NOT NULL,
    "setupFeeMinor" INTEGER NOT NULL DEFAULT 0,
    "updatedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RatePlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignSubmission" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "scriptVersionId" TEXT,
    "quote" JSONB NOT NULL,
    "preflight" JSONB NOT NULL,
    "submittedById" TEXT NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decision" TEXT,
    "reviewComment" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CampaignSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Script" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Script_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScriptVersion" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "scriptId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "ScriptVersionStatus" NOT NULL DEFAULT 'DRAFT',
    "graph" JSONB NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScriptVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EscalationContact" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "phoneE164" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "channels" TEXT[],
    "timeZone" TEXT NOT NULL,
    "windows" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EscalationContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactList" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "fields" TEXT[],
    "rowCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactList_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" TEXT NOT NULL DEFAULT gen_random_uuid()::text,
    "tenantId" TEXT NOT NULL,
    "listId" TEXT NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "phoneE164" TEXT NOT NULL,
    "firstName" TEXT,
    "lastName" TEXT,
    "email" TEXT,
    "country" TEXT,
    "region" TEXT,
    "timeZone" TEXT,
    "fields" JSONB NOT NULL DEFAULT '{}',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactImport" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "listId" TEXT,
    "status" "ImportStatus" NOT NULL DEFAULT 'PENDING',
    "fileName" TEXT NOT NULL,
    "fileSize" INTEGER NOT NULL,
    "mapping" JSONB,
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "processedRows" INTEGER NOT NULL DEFAULT 0,
    "counts" JSONB NOT NULL DEFAULT '{}',
    "error" TEXT,
    "cancelRequested" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ContactImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactImportRejection" (
    "id" BIGSERIAL NOT NULL,
    "tenantId" TEXT NOT NULL,
    "importId" TEXT NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "raw" JSONB NOT NULL,

    CONSTRAINT "ContactImportRejection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DncEntry" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT,
    "phoneE164" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'manual',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DncEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RatePlan_tenantId_key" ON "RatePlan"("tenantId");

-- CreateIndex
CREATE INDEX "CampaignSubmission_tenantId_campaignId_submittedAt_idx" ON "CampaignSubmission"("tenantId", "campaignId", "submittedAt");

-- CreateIndex
CREATE INDEX "CampaignSubmission_tenantId_decision_idx" ON "CampaignSubmission"("tenantId", "decision");

-- CreateIndex
CREATE UNIQUE INDEX "Script_campaignId_key" ON "Script"("campaignId");

-- CreateIndex
CREATE INDEX "Script_tenantId_idx" ON "Script"("tenantId");

-- CreateIndex
CREATE INDEX "ScriptVersion_tenantId_scriptId_idx" ON "ScriptVersion"("tenantId", "scriptId");

-- CreateIndex
CREATE UNIQUE INDEX "ScriptVersion_scriptId_version_key" ON "ScriptVersion"("scriptId", "version");

-- CreateIndex
CREATE INDEX "EscalationContact_tenantId_campaignId_position_idx" ON "EscalationContact"("tenantId", "campaignId", "position");

-- CreateIndex
CREATE INDEX "ContactList_tenantId_campaignId_idx" ON "ContactList"("tenantId", "campaignId");

-- CreateIndex
CREATE UNIQUE INDEX "Contact_tenantId_listId_phoneE164_key" ON "Contact"("tenantId", "listId", "phoneE164");

-- CreateIndex
CREATE INDEX "ContactImport_tenantId_campaignId_createdAt_idx" ON "ContactImport"("tenantId", "campaignId", "createdAt");

-- CreateIndex
CREATE INDEX "ContactImportRejection_tenantId_importId_rowNumber_idx" ON "ContactImportRejection"("tenantId", "importId", "rowNumber");

-- CreateIndex
CREATE INDEX "DncEntry_phoneE164_idx" ON "DncEntry"("phoneE164");

-- CreateIndex
-- NULLS NOT DISTINCT: the global list (tenantId NULL) must not hold a number twice either.
CREATE UNIQUE INDEX "DncEntry_tenantId_phoneE164_key" ON "DncEntry"("tenantId", "phoneE164") NULLS NOT DISTINCT;

-- CreateIndex
CREATE INDEX "Campaign_tenantId_status_idx" ON "Campaign"("tenantId", "status");

-- AddForeignKey
ALTER TABLE "CampaignSubmission" ADD CONSTRAINT "CampaignSubmission_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Script" ADD CONSTRAINT "Script_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScriptVersion" ADD CONSTRAINT "ScriptVersion_scriptId_fkey" FOREIGN KEY ("scriptId") REFERENCES "Script"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EscalationContact" ADD CONSTRAINT "EscalationContact_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactList" ADD CONSTRAINT "ContactList_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_listId_fkey" FOREIGN KEY ("listId") REFERENCES "ContactList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactImport" ADD CONSTRAINT "ContactImport_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactImportRejection" ADD CONSTRAINT "ContactImportRejection_importId_fkey" FOREIGN KEY ("importId") REFERENCES "ContactImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ─── Row-level security for the campaign-ordering tables (see 20261123000100_rls) ───
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['CampaignSubmission', 'Script', 'ScriptVersion', 'EscalationContact', 'ContactList', 'Contact', 'ContactImport', 'ContactImportRejection'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING ("tenantId" = (SELECT app_tenant_id())) WITH CHECK ("tenantId" = (SELECT app_tenant_id()))', t);
    EXECUTE format('CREATE POLICY operator_reach ON %I TO callwright_operator USING (true) WITH CHECK (true)', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO callwright_app, callwright_operator', t);
  END LOOP;
END $$;
GRANT USAGE, SELECT ON SEQUENCE "ContactImportRejection_id_seq" TO callwright_app, callwright_operator;

-- Shared lists: a tenant reads its own rows plus the global row (tenantId NULL), and writes only its own.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['RatePlan', 'DncEntry'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_or_global_read ON %I FOR SELECT USING ("tenantId" IS NULL OR "tenantId" = (SELECT app_tenant_id()))', t);
    EXECUTE format('CREATE POLICY operator_reach ON %I TO callwright_operator USING (true) WITH CHECK (true)', t);
    EXECUTE format('GRANT SELECT ON %I TO callwright_app', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO callwright_operator', t);
  END LOOP;
END $$;
-- Tenants manage their own do-not-call numbers; the global list and rate plans are operator-only.
CREATE POLICY tenant_writes ON "DncEntry" FOR INSERT WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
CREATE POLICY tenant_deletes ON "DncEntry" FOR DELETE USING ("tenantId" = (SELECT app_tenant_id()));
GRANT INSERT, DELETE ON "DncEntry" TO callwright_app;

-- A submitted script version is immutable: only its status may change.
CREATE FUNCTION script_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'DRAFT' AND (NEW.graph IS DISTINCT FROM OLD.graph OR NEW.version <> OLD.version OR NEW."scriptId" <> OLD."scriptId") THEN
    RAISE EXCEPTION 'script version % is % and cannot change', OLD.id, OLD.status USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER script_version_immutable BEFORE UPDATE ON "ScriptVersion" FOR EACH ROW EXECUTE FUNCTION script_version_immutable();
