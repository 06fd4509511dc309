import "server-only";
import type { Prisma } from "@prisma/client";
import type { TenantDb, Tx } from "../../db/tenant-db";
import { AppError, notFound } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import {
  campaignSettingsSelect,
  makeScheduleSectionSchema,
  parseCampaignSettings,
  settingsComplete,
  SETTINGS_WIZARD_STEP,
  type SettingsSectionInput,
} from "../../shared/campaigns/campaign-settings";
import { isEditableStatus, lockEditableCampaign } from "./editable-campaign";
import { localParts } from "../../shared/local-time";
import { parseMajorToMinor } from "../../shared/money";
import { parsePercentToBps } from "../../shared/percent";

const settingsColumns = { id: true, status: true, ...campaignSettingsSelect } as const satisfies Prisma.CampaignSelect;

async function organizationToday(tx: Tx, tenantId: string, now: Date) {
  const org = await tx.organization.findUnique({ where: { id: tenantId }, select: { timeZone: true } });
  const timeZone = org?.timeZone ?? "UTC";
  return { timeZone, today: localParts(timeZone, now).date };
}

async function readSettings(tx: Tx, tenantId: string, campaignId: string, now: Date) {
  const row = await tx.campaign.findUnique({ where: { id: campaignId }, select: settingsColumns });
  if (!row) throw notFound("Campaign");
  const { timeZone, today } = await organizationToday(tx, tenantId, now);
  return {
    campaignId: row.id,
    status: row.status,
    editable: isEditableStatus(row.status),
    organizationTimeZone: timeZone,
    today,
    settings: parseCampaignSettings(row),
  };
}

export type CampaignSettingsView = Awaited<ReturnType<typeof readSettings>>;

export function getCampaignSettings(db: TenantDb, campaignId: string, now = new Date()) {
  return db.tx((tx) => readSettings(tx, db.tenantId, campaignId, now));
}

const asDate = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** The columns one section writes. Inputs are already zod-parsed. */
function columnsFor(input: SettingsSectionInput): Prisma.CampaignUpdateInput {
  switch (input.section) {
    case "basics":
      return { type: input.type, name: input.name, description: input.description };
    case "schedule":
      return { startDate: asDate(input.startDate), endDate: asDate(input.endDate) };
    case "callingWindow":
      return { callingWindow: input.callingWindow };
    case "dialing":
      return {
        dialMode: input.dialMode,
        abandonCapBps: parsePercentToBps(input.abandonCapPercent)!,
        retryPolicy: input.retryPolicy,
        maxAttempts: input.maxAttempts,
        callerId: input.callerId,
      };
    case "dispositions":
      return { dispositions: input.dispositions };
    case "budget":
      return { budgetCapMinor: parseMajorToMinor(input.budgetCap, input.currency)!, currency: input.currency };
  }
}

/**
 * Saves one wizard section as a draft: lock + status check, write, audit, all in one transaction,
 * so a rejected save leaves the row exactly as it was. wizardStep moves to the settings step once
 * every section is complete, and never moves back.
 */
export async function updateCampaignSettings(
  db: TenantDb,
  actor: { userId: string; requestId?: string },
  campaignId: string,
  input: SettingsSectionInput,
  now = new Date(),
) {
  return db.tx(async (tx) => {
    await lockEditableCampaign(tx, campaignId);
    if (input.section === "schedule") {
      const { today } = await organizationToday(tx, db.tenantId, now);
      const checked = makeScheduleSectionSchema(today).safeParse(input);
      if (!checked.success)
        throw new AppError("BAD_REQUEST", checked.error.issues[0]?.message ?? "Invalid schedule", {
          path: checked.error.issues[0]?.path,
        });
    }
    const updated = await tx.campaign.update({
      where: { id: campaignId },
      data: columnsFor(input),
      select: settingsColumns,
    });
    const parsed = parseCampaignSettings(updated);
    if (settingsComplete(parsed) && updated.wizardStep < SETTINGS_WIZARD_STEP) {
      await tx.campaign.update({ where: { id: campaignId }, data: { wizardStep: SETTINGS_WIZARD_STEP } });
    }
    const { section, ...values } = input;
    await recordAudit(tx, {
      tenantId: db.tenantId,
      actorUserId: actor.userId,
      action: "campaign.settings.updated",
      targetType: "Campaign",
      targetId: campaignId,
      data: { section, values },
      requestId: actor.requestId,
    });
    return readSettings(tx, db.tenantId, campaignId, now);
  });
}
