import "server-only";
import { Prisma, type ScriptVersionStatus } from "@prisma/client";
import { z } from "zod";
import type { TenantDb, Tx } from "../../db/tenant-db";
import { AppError, notFound } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import {
  availableContactFields,
  contactValues,
  scriptGraphSchema,
  scriptIssues,
  starterGraph,
  validateGraph,
  type ScriptCheckContext,
  type ScriptGraph,
} from "../../shared/scripts/script-graph";

// Script versions: only a DRAFT version is edited in place. Once a version is submitted (and after
// a decision), saving creates version n+1 as a new DRAFT that must be approved again. A database
// trigger refuses changing a non-DRAFT graph, so a race with submission cannot slip through.

const versionSelect = {
  id: true,
  version: true,
  status: true,
  graph: true,
  createdAt: true,
  createdById: true,
} as const;

export interface ScriptVersionRecord {
  id: string;
  version: number;
  status: ScriptVersionStatus;
  graph: ScriptGraph;
  createdAt: Date;
  createdById: string;
}

/** Reads a stored graph through the schema (JSON columns are a boundary too). */
function parseStoredGraph(raw: Prisma.JsonValue, versionId: string): ScriptGraph {
  const parsed = scriptGraphSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(`ScriptVersion ${versionId} holds a graph that does not match the schema: ${parsed.error.message}`);
  return parsed.data;
}

function toRecord(row: {
  id: string;
  version: number;
  status: ScriptVersionStatus;
  graph: Prisma.JsonValue;
  createdAt: Date;
  createdById: string;
}): ScriptVersionRecord {
  return { ...row, graph: parseStoredGraph(row.graph, row.id) };
}

/** The newest version of a campaign's script, or null when no script was saved yet. */
export async function latestScriptVersion(tx: Tx, campaignId: string): Promise<ScriptVersionRecord | null> {
  const row = await tx.scriptVersion.findFirst({
    where: { script: { campaignId } },
    orderBy: { version: "desc" },
    select: versionSelect,
  });
  return row ? toRecord(row) : null;
}

/** DRAFT → SUBMITTED, in the submission's transaction. Anything else is refused. */
export async function markScriptVersionSubmitted(tx: Tx, versionId: string): Promise<void> {
  await transition(tx, versionId, "DRAFT", "SUBMITTED");
}

/** SUBMITTED → APPROVED or REJECTED, in the review decision's transaction. */
export async function markScriptVersionDecision(
  tx: Tx,
  versionId: string,
  decision: "APPROVED" | "REJECTED",
): Promise<void> {
  await transition(tx, versionId, "SUBMITTED", decision);
}

async function transition(tx: Tx, versionId: string, from: ScriptVersionStatus, to: ScriptVersionStatus) {
  const { count } = await tx.scriptVersion.updateMany({ where: { id: versionId, status: from }, data: { status: to } });
  if (count === 1) return;
  const current = await tx.scriptVersion.findUnique({
    where: { id: versionId },
    select: { version: true, status: true },
  });
  if (!current) throw notFound("Script version");
  throw new AppError(
    "PRECONDITION_FAILED",
    `Script version ${current.version} is ${current.status.toLowerCase()}, so it cannot become ${to.toLowerCase()}.`,
  );
}

// Campaign.dispositions is owned by the settings step; only codes and labels matter here.
const dispositionsSchema = z.array(z.object({ code: z.string(), label: z.string().optional() }).loose());

/** What placeholders and end steps are checked against, from the campaign and its active list. */
export async function scriptCheckContext(
  tx: Tx,
  campaignId: string,
): Promise<ScriptCheckContext & { customFields: string[] | null; dispositions: { code: string; label: string }[] }> {
  const campaign = await tx.campaign.findUnique({
    where: { id: campaignId },
    select: { dispositions: true, activeContactListId: true },
  });
  if (!campaign) throw notFound("Campaign");
  const list = campaign.activeContactListId
    ? await tx.contactList.findUnique({ where: { id: campaign.activeContactListId }, select: { fields: true } })
    : null;
  const parsed = dispositionsSchema.safeParse(campaign.dispositions);
  const dispositions = (parsed.success ? parsed.data : [])
    .map((d) => ({ code: d.code.trim(), label: d.label?.trim() || d.code.trim() }))
    .filter((d) => d.code);
  const codes = dispositions.map((d) => d.code);
  return {
    customFields: list ? list.fields : null,
    dispositions,
    availableFields: availableContactFields(list?.fields ?? []),
    dispositionCodes: codes.length > 0 ? codes : null,
  };
}

/** For submission: the latest version and its problems (any error blocks submission). */
export async function scriptIssuesForCampaign(tx: Tx, campaignId: string) {
  const [version, context] = await Promise.all([
    latestScriptVersion(tx, campaignId),
    scriptCheckContext(tx, campaignId),
  ]);
  if (!version)
    return { version: null, errors: ["The campaign has no script yet. Write one in the Script step."], warnings: [] };
  return { version, ...scriptIssues(version.graph, context) };
}

/**
 * The current script, every version, what it is checked against and a sample contact. Reading
 * writes nothing: with no saved script yet it offers the starter graph, and the first save creates
 * the Script and version 1.
 */
export async function getScriptForCampaign(db: TenantDb, campaignId: string) {
  return db.tx(async (tx) => {
    const context = await scriptCheckContext(tx, campaignId);
    const versions = await tx.scriptVersion.findMany({
      where: { script: { campaignId } },
      orderBy: { version: "desc" },
      select: { id: true, version: true, status: true, createdAt: true },
    });
    const current = await latestScriptVersion(tx, campaignId);
    const sample = await sampleContactForCampaign(tx, campaignId);
    const graph = current?.graph ?? starterGraph();
    return {
      current,
      graph,
      versions,
      context,
      // Pairs, not an object: a field key may be `constructor` or `__proto__` (see contact-fields.ts).
      sampleContact: sample ? [...contactValues(sample)] : null,
      issues: validateGraph(graph, context),
    };
  });
}

/** Stable JSON for comparing graphs (jsonb does not keep key order). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

function isImmutableVersionError(error: unknown): boolean {
  const text =
    error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? "")}` : String(error);
  return /script version \S+ is \S+ and cannot change/.test(text);
}

export interface SaveScriptInput {
  campaignId: string;
  graph: ScriptGraph;
  /** The version the editor started from (null for a new script): a stale editor gets CONFLICT, not a silent overwrite. */
  baseVersionId: string | null;
}

/**
 * Saves the graph. A DRAFT latest version is updated in place; otherwise (or when there is none)
 * a new DRAFT version is created. Saving an unchanged graph onto a submitted version is a no-op.
 * Scripts with errors are saved (drafts may be unfinished); submission blocks on errors.
 */
export async function saveScript(db: TenantDb, actor: { userId: string; requestId?: string }, input: SaveScriptInput) {
  const graph = scriptGraphSchema.parse(input.graph);
  try {
    return await db.tx(async (tx) => {
      const campaign = await tx.campaign.findUnique({
        where: { id: input.campaignId },
        select: { id: true, status: true },
      });
      if (!campaign) throw notFound("Campaign");
      if (campaign.status === "COMPLETED" || campaign.status === "CANCELLED") {
        throw new AppError(
          "PRECONDITION_FAILED",
          `The campaign is ${campaign.status.toLowerCase()}; its script can no longer change.`,
        );
      }
      const script = await tx.script.upsert({
        where: { campaignId: campaign.id },
        create: { tenantId: db.tenantId, campaignId: campaign.id },
        update: {},
        select: { id: true },
      });
      // Serializes saves of one script, so two editors cannot both create version n+1.
      await tx.$queryRaw`SELECT id FROM "Script" WHERE id = ${script.id} FOR UPDATE`;
      const latest = await latestScriptVersion(tx, campaign.id);
      if ((latest?.id ?? null) !== input.baseVersionId) {
        throw new AppError(
          "CONFLICT",
          latest
            ? `Someone saved version ${latest.version} of this script in the meantime. Reload to see it, then make your change again.`
            : "The script you edited no longer exists. Reload the page.",
        );
      }

      let saved: ScriptVersionRecord;
      let outcome: "updated" | "created" | "unchanged";
      if (latest && canonical(latest.graph) === canonical(graph)) {
        [saved, outcome] = [latest, "unchanged"];
      } else if (latest?.status === "DRAFT") {
        const row = await tx.scriptVersion.update({ where: { id: latest.id }, data: { graph }, select: versionSelect });
        [saved, outcome] = [toRecord(row), "updated"];
      } else {
        const row = await tx.scriptVersion.create({
          data: {
            tenantId: db.tenantId,
            scriptId: script.id,
            version: (latest?.version ?? 0) + 1,
            status: "DRAFT",
            graph,
            createdById: actor.userId,
          },
          select: versionSelect,
        });
        [saved, outcome] = [toRecord(row), "created"];
      }
      if (outcome !== "unchanged") {
        await recordAudit(tx, {
          tenantId: db.tenantId,
          actorUserId: actor.userId,
          action: outcome === "created" ? "script.version_created" : "script.saved",
          targetType: "ScriptVersion",
          targetId: saved.id,
          data: { campaignId: campaign.id, version: saved.version, steps: graph.steps.length },
          requestId: actor.requestId,
        });
      }
      const context = await scriptCheckContext(tx, campaign.id);
      return { version: saved, outcome, issues: validateGraph(saved.graph, context) };
    });
  } catch (error) {
    if (isImmutableVersionError(error)) {
      throw new AppError(
        "PRECONDITION_FAILED",
        "This script version was submitted while you were editing, so it can no longer change. Reload to continue on a new version.",
      );
    }
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError(
        "CONFLICT",
        "Someone saved this script at the same moment. Reload to see their version, then make your change again.",
      );
    }
    throw error;
  }
}

/** A contact to preview the script with: the first row of the active list, when there is one. */
export async function sampleContactForCampaign(tx: Tx, campaignId: string) {
  const campaign = await tx.campaign.findUnique({ where: { id: campaignId }, select: { activeContactListId: true } });
  if (!campaign) throw notFound("Campaign");
  if (!campaign.activeContactListId) return null;
  return tx.contact.findFirst({
    where: { listId: campaign.activeContactListId },
    orderBy: { rowNumber: "asc" },
    select: {
      phoneE164: true,
      phoneExtension: true,
      firstName: true,
      lastName: true,
      email: true,
      country: true,
      region: true,
      timeZone: true,
      fields: true,
    },
  });
}
