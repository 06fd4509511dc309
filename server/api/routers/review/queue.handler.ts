import "server-only";
import { reviewQueue } from "../../../domain/review/review";
import type { OperatorContext } from "../../trpc";

export const queueHandler = ({ ctx }: { ctx: OperatorContext }) => reviewQueue(ctx.operator);
