import "server-only";
import { listRatePlans } from "../../../domain/pricing/rate-plans";
import type { OperatorContext } from "../../trpc";

export const listRatePlansHandler = ({ ctx }: { ctx: OperatorContext }) => listRatePlans(ctx.operator);
