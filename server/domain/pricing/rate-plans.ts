import "server-only";
import type { Tx } from "../../db/tenant-db";
import { withOperatorScope } from "../../db/operator-scope";
import { AppError, notFound } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import type { QuoteRatePlan } from "./quote";

// Rate plans: tenantId NULL is the default plan; a row per client overrides it. Tenants may only
// read (RLS: their own row and the default); operator staff write through the audited scope.

const planFields = {
  id: true,
  tenantId: true,
  name: true,
  currency: true,
  agentHourRateMinor: true,
  setupFeeMinor: true,
  updatedAt: true,
} as const;

/** The plan that prices this tenant's campaigns: its own override, else the default. */
export async function effectiveRatePlan(
  tx: Tx,
  tenantId: string,
): Promise<QuoteRatePlan & { tenantId: string | null }> {
  const plans = await tx.ratePlan.findMany({ where: { OR: [{ tenantId }, { tenantId: null }] }, select: planFields });
  const plan = plans.find((p) => p.tenantId === tenantId) ?? plans.find((p) => p.tenantId === null);
  if (!plan)
    throw new AppError(
      "PRECONDITION_FAILED",
      "No rate plan is configured yet. Ask Callwright to set up pricing before you submit.",
    );
  return plan;
}

export interface OperatorActor {
  userId: string;
  operatorTenantId: string;
}

/** Every plan with its client's name, and the clients that use the default. */
export function listRatePlans(actor: OperatorActor) {
  return withOperatorScope(actor, "rate plans: list", async (tx) => {
    const [plans, clients] = await Promise.all([
      tx.ratePlan.findMany({ orderBy: { createdAt: "asc" }, select: planFields }),
      tx.organization.findMany({
        where: { kind: "CLIENT" },
        orderBy: { name: "asc" },
        take: 500,
        select: { id: true, name: true },
      }),
    ]);
    const names = new Map(clients.map((c) => [c.id, c.name]));
    return {
      defaultPlan: plans.find((p) => p.tenantId === null) ?? null,
      overrides: plans
        .filter((p) => p.tenantId !== null)
        .map((p) => ({ ...p, tenantName: names.get(p.tenantId!) ?? p.tenantId! })),
      clients,
    };
  });
}

export interface RatePlanValues {
  name: string;
  currency: string;
  agentHourRateMinor: number;
  setupFeeMinor: number;
}

/** Creates or updates the default plan (tenantId null) or a client's override; audited in that tenant. */
export function saveRatePlan(actor: OperatorActor, tenantId: string | null, values: RatePlanValues) {
  return withOperatorScope(
    actor,
    tenantId ? `rate plans: set plan of ${tenantId}` : "rate plans: set default plan",
    async (tx) => {
      if (tenantId) {
        const org = await tx.organization.findFirst({ where: { id: tenantId, kind: "CLIENT" }, select: { id: true } });
        if (!org) throw notFound("Client organization");
      }
      const existing = await tx.ratePlan.findFirst({ where: { tenantId }, select: { id: true } });
      const data = { ...values, updatedById: actor.userId };
      const plan = existing
        ? await tx.ratePlan.update({ where: { id: existing.id }, data, select: planFields })
        : await tx.ratePlan.create({ data: { ...data, tenantId }, select: planFields });
      await recordAudit(tx, {
        tenantId: tenantId ?? actor.operatorTenantId,
        actorUserId: actor.userId,
        action: existing ? "ratePlan.updated" : "ratePlan.created",
        targetType: "RatePlan",
        targetId: plan.id,
        data: { ...values, scope: tenantId ? "tenant" : "default" },
      });
      return plan;
    },
  );
}

/** Removes a client's override, so the default applies again. */
export function deleteTenantRatePlan(actor: OperatorActor, tenantId: string) {
  return withOperatorScope(actor, `rate plans: remove plan of ${tenantId}`, async (tx) => {
    const existing = await tx.ratePlan.findFirst({ where: { tenantId }, select: { id: true } });
    if (!existing) throw notFound("Rate plan");
    await tx.ratePlan.delete({ where: { id: existing.id } });
    await recordAudit(tx, {
      tenantId,
      actorUserId: actor.userId,
      action: "ratePlan.deleted",
      targetType: "RatePlan",
      targetId: existing.id,
    });
    return { deleted: true };
  });
}
