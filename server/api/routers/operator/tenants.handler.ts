import "server-only";
import { withOperatorScope } from "../../../db/operator-scope";
import type { OperatorContext } from "../../trpc";

/** Client organizations with campaign counts: a cross-tenant read, so it goes through the audited scope. */
export const listTenantsHandler = ({ ctx }: { ctx: OperatorContext }) =>
  withOperatorScope(ctx.operator, "operator console: tenant overview", (tx) =>
    tx.organization.findMany({
      where: { kind: "CLIENT" },
      orderBy: { createdAt: "desc" },
      take: 200,
      select: {
        id: true,
        name: true,
        createdAt: true,
        stripeCustomerId: true,
        _count: { select: { campaigns: true, memberships: true } },
      },
    }),
  );
