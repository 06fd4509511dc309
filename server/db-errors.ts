import "server-only";
import { Prisma } from "@prisma/client";
import { AppError } from "./errors";

/**
 * What Postgres refused, wherever the error arrived from. With @prisma/adapter-pg a Postgres error
 * reaches us in one of three shapes (captured against the real database, see db-errors.int.test.ts):
 * - PrismaClientKnownRequestError (P2002, P2003, P2034, P2010 for raw queries, ...) with the driver's
 *   error in `meta.driverAdapterError.cause` ({ originalCode, originalMessage, kind, ... });
 * - a bare DriverAdapterError (kind "postgres": codes Prisma has no P-code for, such as 42501, 23514,
 *   22P02, 40P01) whose `cause` holds the same fields;
 * - a pg DatabaseError (raw pg clients: COPY, LISTEN) with `code` and `message`.
 */
export interface DatabaseFailure {
  /** SQLSTATE, e.g. "23505". Missing when Prisma decided on its own (P2025). */
  sqlState?: string;
  prismaCode?: string;
  /** Postgres's message. Internal only: it names tables and constraints. */
  message: string;
  /** The Prisma model or the table Postgres named, when known. */
  model?: string;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;
type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields => typeof value === "object" && value !== null;
const str = (value: unknown) => (typeof value === "string" ? value : undefined);

/** The driver's error fields (adapter's `cause` or pg's own error). */
function driverFields(value: unknown): { sqlState?: string; message?: string } | undefined {
  if (!isObject(value)) return undefined;
  const sqlState = str(value.originalCode) ?? str(value.code);
  if (!sqlState || !SQLSTATE.test(sqlState)) return undefined;
  return { sqlState, message: str(value.originalMessage) ?? str(value.message) };
}

const tableIn = (message: string) => /(?:on|for) (?:table|relation) "([^"]+)"/.exec(message)?.[1];

export function databaseFailureOf(error: unknown): DatabaseFailure | undefined {
  // Walk a short chain of wrappers (Error.cause) to the first database error.
  for (let current = error, depth = 0; isObject(current) && depth < 5; current = current.cause, depth++) {
    if (current instanceof Prisma.PrismaClientKnownRequestError) {
      const meta = isObject(current.meta) ? current.meta : {};
      const driver = driverFields(isObject(meta.driverAdapterError) ? meta.driverAdapterError.cause : undefined);
      const message = driver?.message ?? current.message;
      return {
        sqlState: driver?.sqlState,
        prismaCode: current.code,
        message,
        model: str(meta.modelName) ?? tableIn(message),
      };
    }
    const driver =
      current.name === "DriverAdapterError"
        ? driverFields(current.cause)
        : typeof current.severity === "string"
          ? driverFields(current)
          : undefined;
    if (driver?.sqlState) {
      const message = driver.message ?? "";
      return { sqlState: driver.sqlState, message, model: str(current.table) ?? tableIn(message) };
    }
  }
  return undefined;
}

// How people call our tables. A table not listed reads as "record".
const NOUNS: Record<string, string> = {
  Organization: "organization",
  User: "user",
  Membership: "membership",
  Invitation: "invitation",
  Campaign: "campaign",
  CampaignSubmission: "submission",
  RatePlan: "rate plan",
  Script: "script",
  ScriptVersion: "script version",
  EscalationContact: "escalation contact",
  ContactList: "contact list",
  Contact: "contact",
  ContactImport: "contact import",
  DncEntry: "do-not-call entry",
};
const nounOf = (model?: string) => (model && NOUNS[model]) ?? "record";
const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Serialization failures and deadlocks: nothing was saved, and the same request may simply be sent again. */
export const RETRY_MESSAGE = "Someone else changed this at the same moment, so nothing was saved. Please try again.";

/**
 * The user-facing meaning of a database refusal, or undefined when it is our fault or an outage
 * (a missing tenant context, a permission we forgot to grant, a lost connection): those stay 500.
 */
export function appErrorFromDatabase(error: unknown): AppError | undefined {
  const failure = databaseFailureOf(error);
  if (!failure) return undefined;
  const { sqlState, prismaCode, message } = failure;
  const noun = nounOf(failure.model);
  const state = sqlState ?? prismaCode;
  switch (state) {
    case "23505":
    case "P2002":
      return new AppError("CONFLICT", `This ${noun} already exists. Reload to see the latest, then try again.`);
    case "23503":
    case "P2003":
      // Postgres says which side broke the reference: "insert or update on table …" points at a row that
      // is gone; "update or delete on table …" (or a key change) would leave rows pointing at nothing.
      return /^insert or update on table/.test(message)
        ? new AppError(
            "NOT_FOUND",
            "Something this refers to was not found. It may have been deleted; reload and try again.",
          )
        : new AppError("CONFLICT", `This ${noun} is still in use, so it cannot be removed or changed.`);
    case "P2025":
      return new AppError(
        "NOT_FOUND",
        `${capitalized(noun)} not found. It may have been deleted; reload and try again.`,
      );
    case "42501":
      // Row-level security refused a row outside the tenant: answer as if it did not exist, like every other path.
      return /row-level security/.test(message)
        ? new AppError("NOT_FOUND", `${capitalized(noun)} not found.`)
        : undefined;
    case "23514":
      return new AppError("BAD_REQUEST", "A value is not allowed here. Check the form and try again.");
    case "23502":
    case "P2011":
      return new AppError("BAD_REQUEST", "A required value is missing. Fill in every required field and try again.");
    case "22001":
    case "P2000":
      return new AppError("BAD_REQUEST", "A value is too long. Shorten it and try again.");
    case "22003":
    case "P2020":
      return new AppError("BAD_REQUEST", "A number is too large or too small.");
    case "22007":
    case "22008":
      return new AppError("BAD_REQUEST", "A date or time is not valid. Check it and try again.");
    case "22P02":
      return new AppError("BAD_REQUEST", "A value has the wrong format. Check it and try again.");
    case "40001":
    case "40P01":
    case "P2034":
      return new AppError("CONFLICT", RETRY_MESSAGE, { retryable: true });
    default:
      return undefined;
  }
}
