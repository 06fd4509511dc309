import "server-only";
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import type { TenantDb, Tx } from "../../db/tenant-db";
import { AppError, notFound } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import { isEditableStatus, lockEditableCampaign } from "../campaigns/editable-campaign";
import { toE164 } from "../../shared/phone";
import {
  availabilityWindowsSchema,
  ESCALATION_CHANNELS,
  ESCALATION_WIZARD_STEP,
  MAX_ESCALATION_CONTACTS,
  type EscalationContactInput,
} from "../../shared/escalation/escalation-contact";
import { onDutyNow } from "./on-duty";

type Actor = { userId: string; requestId?: string };

const contactColumns = {
  id: true,
  position: true,
  name: true,
  role: true,
  phoneE164: true,
  email: true,
  channels: true,
  timeZone: true,
  windows: true,
} as const satisfies Prisma.EscalationContactSelect;
type ContactRow = Prisma.EscalationContactGetPayload<{ select: typeof contactColumns }>;

const channelsSchema = z.array(z.enum(ESCALATION_CHANNELS));

/** Zod at the JSON column: a stored value that no longer parses reads as "no windows". */
function parseRow(row: ContactRow) {
  const windows = availabilityWindowsSchema.safeParse(row.windows);
  const channels = channelsSchema.safeParse(row.channels);
  return { ...row, channels: channels.success ? channels.data : [], windows: windows.success ? windows.data : [] };
}
export type EscalationContactView = ReturnType<typeof parseRow>;

function columnsFor(input: EscalationContactInput) {
  return {
    name: input.name,
    role: input.role,
    phoneE164: toE164(input.phone, input.phoneCountry)!,
    email: input.email,
    channels: input.channels,
    timeZone: input.timeZone,
    windows: input.windows,
  };
}

async function contactsOf(tx: Tx, campaignId: string) {
  return tx.escalationContact.findMany({
    where: { campaignId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: contactColumns,
  });
}

/** The ordered list with who is on duty at `now`. */
export async function listEscalationContacts(db: TenantDb, campaignId: string, now = new Date()) {
  return db.tx(async (tx) => {
    const campaign = await tx.campaign.findUnique({ where: { id: campaignId }, select: { status: true } });
    if (!campaign) throw notFound("Campaign");
    const contacts = (await contactsOf(tx, campaignId)).map(parseRow);
    return {
      editable: isEditableStatus(campaign.status),
      status: campaign.status,
      now,
      contacts: onDutyNow(contacts, now),
    };
  });
}

function audit(tx: Tx, db: TenantDb, actor: Actor, action: string, campaignId: string, data: Prisma.InputJsonValue) {
  return recordAudit(tx, {
    tenantId: db.tenantId,
    actorUserId: actor.userId,
    action,
    targetType: "Campaign",
    targetId: campaignId,
    data,
    requestId: actor.requestId,
  });
}

async function findContact(tx: Tx, campaignId: string, contactId: string) {
  const contact = await tx.escalationContact.findFirst({
    where: { id: contactId, campaignId },
    select: contactColumns,
  });
  if (!contact) throw notFound("Escalation contact");
  return contact;
}

export async function createEscalationContact(
  db: TenantDb,
  actor: Actor,
  campaignId: string,
  input: EscalationContactInput,
) {
  return db.tx(async (tx) => {
    const campaign = await lockEditableCampaign(tx, campaignId);
    const count = await tx.escalationContact.count({ where: { campaignId } });
    if (count >= MAX_ESCALATION_CONTACTS)
      throw new AppError(
        "PRECONDITION_FAILED",
        `A campaign can have at most ${MAX_ESCALATION_CONTACTS} escalation contacts.`,
      );
    const created = await tx.escalationContact.create({
      data: { tenantId: db.tenantId, campaignId, position: count, ...columnsFor(input) },
      select: contactColumns,
    });
    if (campaign.wizardStep < ESCALATION_WIZARD_STEP)
      await tx.campaign.update({ where: { id: campaignId }, data: { wizardStep: ESCALATION_WIZARD_STEP } });
    await audit(tx, db, actor, "campaign.escalation.created", campaignId, {
      contactId: created.id,
      name: created.name,
    });
    return parseRow(created);
  });
}

export async function updateEscalationContact(
  db: TenantDb,
  actor: Actor,
  campaignId: string,
  contactId: string,
  input: EscalationContactInput,
) {
  return db.tx(async (tx) => {
    await lockEditableCampaign(tx, campaignId);
    await findContact(tx, campaignId, contactId);
    const updated = await tx.escalationContact.update({
      where: { id: contactId },
      data: columnsFor(input),
      select: contactColumns,
    });
    await audit(tx, db, actor, "campaign.escalation.updated", campaignId, { contactId, name: updated.name });
    return parseRow(updated);
  });
}

/** Rewrites positions 0..n-1 in the given order. */
async function rewritePositions(tx: Tx, ordered: readonly { id: string; position: number }[]) {
  for (const [position, c] of ordered.entries()) {
    if (c.position !== position) await tx.escalationContact.update({ where: { id: c.id }, data: { position } });
  }
}

export async function deleteEscalationContact(db: TenantDb, actor: Actor, campaignId: string, contactId: string) {
  return db.tx(async (tx) => {
    await lockEditableCampaign(tx, campaignId);
    const contact = await findContact(tx, campaignId, contactId);
    await tx.escalationContact.delete({ where: { id: contactId } });
    await rewritePositions(tx, await contactsOf(tx, campaignId));
    await audit(tx, db, actor, "campaign.escalation.deleted", campaignId, { contactId, name: contact.name });
    return { id: contactId };
  });
}

/** Moves a contact one place up or down; every position is rewritten in the same transaction. */
export async function moveEscalationContact(
  db: TenantDb,
  actor: Actor,
  campaignId: string,
  contactId: string,
  direction: "up" | "down",
) {
  return db.tx(async (tx) => {
    await lockEditableCampaign(tx, campaignId);
    const contacts = await contactsOf(tx, campaignId);
    const from = contacts.findIndex((c) => c.id === contactId);
    if (from < 0) throw notFound("Escalation contact");
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= contacts.length)
      throw new AppError("PRECONDITION_FAILED", `This contact is already ${direction === "up" ? "first" : "last"}.`);
    const ordered = [...contacts];
    [ordered[from], ordered[to]] = [ordered[to]!, ordered[from]!];
    await rewritePositions(tx, ordered);
    await audit(tx, db, actor, "campaign.escalation.reordered", campaignId, {
      contactId,
      direction,
      order: ordered.map((c) => c.id),
    });
    return { order: ordered.map((c) => c.id) };
  });
}
