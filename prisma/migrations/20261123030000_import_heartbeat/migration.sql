-- A running import touches heartbeatAt with every progress report, so one whose process died
-- (nothing of it was committed) is recognised within minutes instead of blocking its campaign.
ALTER TABLE "ContactImport" ADD COLUMN "heartbeatAt" TIMESTAMPTZ(3) NOT NULL DEFAULT now();
