import "server-only";
import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { appErrorFromDatabase } from "./db-errors";
import { AppError } from "./errors";
import { logger } from "./logger";

export type ErrorCode = TRPCError["code"];

export interface MappedError {
  code: ErrorCode;
  httpStatus: number;
  /** Safe to show: never SQL, table names or a stack. */
  message: string;
  details?: Record<string, unknown>;
  /** The domain error behind it, when there is one (tRPC's formatter reads its details). */
  appError?: AppError;
  /** A bug or an outage rather than something the user can fix: log it. */
  unexpected: boolean;
}

const statusOf = (code: ErrorCode) => getHTTPStatusCodeFromError(new TRPCError({ code }));

/**
 * THE error mapper, for tRPC procedures and the plain HTTP routes alike: a typed AppError keeps its
 * code, a database refusal becomes the code that fits it (db-errors.ts), a TRPCError tRPC raised itself
 * (input validation, UNAUTHORIZED) stays as it is, and anything else is a 500 that names the request id.
 */
export function mapError(error: unknown, requestId: string): MappedError {
  if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR" && !(error.cause instanceof AppError))
    return { code: error.code, httpStatus: statusOf(error.code), message: error.message, unexpected: false };
  // tRPC wraps whatever a handler threw in an INTERNAL_SERVER_ERROR whose cause is the original.
  const thrown = error instanceof TRPCError ? (error.cause ?? error) : error;
  const appError = thrown instanceof AppError ? thrown : appErrorFromDatabase(thrown);
  if (appError)
    return {
      code: appError.code,
      httpStatus: statusOf(appError.code),
      message: appError.message,
      details: appError.details,
      appError,
      unexpected: false,
    };
  return {
    code: "INTERNAL_SERVER_ERROR",
    httpStatus: 500,
    message: `Something went wrong (request ${requestId}). Please try again.`,
    unexpected: true,
  };
}

/** The JSON error answer of a plain HTTP route: `{ error, code, ...details }` with the mapped status. */
export function errorResponse(error: unknown, context: { route: string; requestId?: string }): Response {
  const requestId = context.requestId ?? randomUUID();
  const mapped = mapError(error, requestId);
  if (mapped.unexpected) logger.error({ err: error, route: context.route, requestId }, "route failed");
  return Response.json(
    { ...mapped.details, error: mapped.message, code: mapped.code },
    { status: mapped.httpStatus, headers: { "cache-control": "no-store" } },
  );
}
