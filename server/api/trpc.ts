import "server-only";
import { initTRPC, TRPCError } from "@trpc/server";
import type { Role } from "@prisma/client";
import { randomUUID } from "node:crypto";
import superjson from "superjson";
import { z, ZodError } from "zod";
import { clientIp } from "../auth/client-ip";
import { loadSessionUser, type SessionUser } from "../auth/session-user";
import type { SessionRef } from "../auth/sessions";
import { requireMembership } from "../auth/tenant-access";
import type { MembershipSummary } from "../auth/roles";
import { tenantDb, type TenantDb } from "../db/tenant-db";
import { AppError } from "../errors";
import { mapError } from "../error-mapping";
import { logger, type Logger } from "../logger";
import { can, rolesFor, type Action } from "../shared/auth/permissions";

export interface Context {
  /** What the JWT names; authedProcedure checks it against the database on every call. */
  session: SessionRef | null;
  userId: string | null;
  requestId: string;
  ip: string;
}

export function createContext(opts: { session: SessionRef | null; headers: Headers }): Context {
  return {
    session: opts.session,
    userId: opts.session?.userId ?? null,
    requestId: randomUUID(),
    ip: clientIp(opts.headers),
  };
}

/** Errors the errorMapper middleware already mapped (and logged): the formatter keeps them as they are. */
const mappedErrors = new WeakSet<TRPCError>();

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error, ctx, path }) {
    const cause = error.cause;
    // Errors raised outside the procedure's middleware (serializing the response, an unknown path,
    // a bad batch) reach the browser only through here: map them too, so a raw internal message
    // (superjson's "… is not allowed as a property", a driver error) never does.
    if (!mappedErrors.has(error)) {
      const requestId = ctx?.requestId ?? randomUUID();
      const mapped = mapError(error, requestId);
      if (mapped.unexpected) {
        logger.error({ err: error.cause ?? error, path, requestId, userId: ctx?.userId }, "request failed");
        return {
          ...shape,
          message: mapped.message,
          data: { code: mapped.code, httpStatus: mapped.httpStatus, path: shape.data.path },
        };
      }
    }
    return {
      ...shape,
      // Never a stack to the browser.
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        fieldErrors: cause instanceof ZodError ? z.flattenError(cause).fieldErrors : undefined,
        details: cause instanceof AppError ? cause.details : undefined,
      },
    };
  },
});

// One mapper (server/error-mapping.ts) turns domain and database errors into tRPC codes; here we
// also log what the user does not see.
const errorMapper = t.middleware(async ({ next, ctx, path }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = mapError(result.error, ctx.requestId);
    if (mapped.unexpected)
      logger.error(
        { err: result.error.cause ?? result.error, path, requestId: ctx.requestId, userId: ctx.userId },
        "procedure failed",
      );
    if (mapped.appError || mapped.unexpected)
      result.error = new TRPCError({ code: mapped.code, message: mapped.message, cause: mapped.appError });
    mappedErrors.add(result.error);
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(errorMapper);

/** Signed in, session not signed out, and still enabled: checked against the database on every call. */
export const authedProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const { session } = ctx;
  const user = session ? await loadSessionUser(session) : null;
  if (!session || !user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
  return next({ ctx: { ...ctx, session, user, log: logger.child({ requestId: ctx.requestId, userId: user.id }) } });
});

export const tenantInput = z.object({ orgId: z.string().min(1).max(64) });

/**
 * The gate's check, shared with the plain HTTP routes: membership in `orgId` and a role that may do
 * `action` (server/shared/auth/permissions.ts, the rule the UI shows controls by), then the
 * tenant-scoped client. The only place outside server/db that creates one for a request.
 */
export function enterTenant(user: SessionUser, orgId: string, action: Action) {
  const membership = requireMembership(user, orgId, rolesFor(action));
  return { membership, db: tenantDb(membership.tenantId, user.id) };
}

/**
 * THE tenant gate. Resolves the organization from the input, checks membership and role, and
 * hands the handler a tenant-scoped client. A tenant the user is not in answers NOT_FOUND.
 */
export function tenantProcedure(action: Action) {
  return authedProcedure.input(tenantInput).use(async ({ ctx, input, next }) => {
    const { membership, db } = enterTenant(ctx.user, input.orgId, action);
    return next({
      ctx: {
        ...ctx,
        membership,
        db,
        log: ctx.log.child({ tenantId: membership.tenantId }),
      },
    });
  });
}

/**
 * Operator staff whose role may do `action`, acting from their operator organization. Cross-tenant
 * reads go through withOperatorScope.
 */
export function operatorProcedure(action: Action) {
  return authedProcedure.use(({ ctx, next }) => {
    const membership = ctx.user.memberships.find((m) => m.orgKind === "OPERATOR" && can(m.role, action));
    if (!membership) throw new TRPCError({ code: "FORBIDDEN", message: "Operator staff only." });
    return next({
      ctx: { ...ctx, operator: { userId: ctx.user.id, operatorTenantId: membership.tenantId, role: membership.role } },
    });
  });
}

export type AuthedContext = Context & { session: SessionRef; user: SessionUser; log: Logger };
export type TenantContext = AuthedContext & { membership: MembershipSummary; db: TenantDb };
export type OperatorContext = AuthedContext & { operator: { userId: string; operatorTenantId: string; role: Role } };
