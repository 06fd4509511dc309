-- Contact imports run as a Temporal activity on the worker, which may be another machine than the web
-- server that received the file: the upload is stored in Postgres, in 1 MB chunks, under RLS.
CREATE TABLE "ContactUpload" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "size" INTEGER NOT NULL DEFAULT 0,
    "delimiter" TEXT NOT NULL DEFAULT ',',
    "header" JSONB NOT NULL DEFAULT '[]',
    "estimatedRows" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactUpload_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "ContactUpload_tenantId_createdAt_idx" ON "ContactUpload"("tenantId", "createdAt");

CREATE TABLE "ContactUploadChunk" (
    "tenantId" TEXT NOT NULL,
    "uploadId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "ContactUploadChunk_pkey" PRIMARY KEY ("uploadId", "seq")
);
ALTER TABLE "ContactUploadChunk" ADD CONSTRAINT "ContactUploadChunk_uploadId_fkey" FOREIGN KEY ("uploadId") REFERENCES "ContactUpload"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- CSV text is stored as it came: compressing it (pglz) would cost CPU on the upload and on every read
-- by the import, for a file that lives only until its import succeeds or 24 h pass.
ALTER TABLE "ContactUploadChunk" ALTER COLUMN "data" SET STORAGE EXTERNAL;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['ContactUpload', 'ContactUploadChunk'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING ("tenantId" = (SELECT app_tenant_id())) WITH CHECK ("tenantId" = (SELECT app_tenant_id()))', t);
    EXECUTE format('CREATE POLICY operator_reach ON %I TO callwright_operator USING (true) WITH CHECK (true)', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO callwright_app, callwright_operator', t);
  END LOOP;
END $$;

-- The import names its upload; the activity reads the file from there (and deletes it on success).
ALTER TABLE "ContactImport" ADD COLUMN "uploadId" TEXT;
-- Temporal's activity heartbeat timeout detects a dead worker now (and retries the import), so the
-- row no longer needs its own heartbeat (20261123030000_import_heartbeat).
ALTER TABLE "ContactImport" DROP COLUMN "heartbeatAt";
