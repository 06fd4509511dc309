import { Prisma } from "@prisma/client";
import { TRPCError } from "@trpc/server";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "./errors";
import { RETRY_MESSAGE } from "./db-errors";
import { errorResponse, mapError } from "./error-mapping";

// The mapper's table, over the three shapes a Postgres error takes on its way to us (the shapes were
// captured from the real database; db-errors.int.test.ts provokes each one for real).

/** A bare DriverAdapterError, as @prisma/adapter-pg throws it for SQLSTATEs Prisma has no P-code for. */
function driverAdapterError(sqlState: string, message: string) {
  return Object.assign(new Error(message), {
    name: "DriverAdapterError",
    cause: { originalCode: sqlState, originalMessage: message, kind: "postgres", code: sqlState, severity: "ERROR" },
  });
}

/** Prisma's known request error, with the driver's error under meta.driverAdapterError. */
function prismaError(code: string, sqlState: string | undefined, message: string, modelName?: string) {
  const driver = sqlState
    ? Object.assign(new Error(message), {
        name: "DriverAdapterError",
        cause: { originalCode: sqlState, originalMessage: message, kind: "x" },
      })
    : undefined;
  return new Prisma.PrismaClientKnownRequestError(`\nInvalid invocation:\n\n${message}`, {
    code,
    clientVersion: "6.19.3",
    meta: { modelName, ...(driver && { driverAdapterError: driver }) },
  });
}

function pgError(sqlState: string, message: string, table?: string) {
  const error = new pg.DatabaseError(message, message.length, "error");
  return Object.assign(error, { code: sqlState, severity: "ERROR", table });
}

const cases: [string, unknown, string, number, string][] = [
  [
    "unique (P2002)",
    prismaError("P2002", "23505", "duplicate key", "DncEntry"),
    "CONFLICT",
    409,
    "This do-not-call entry already exists. Reload to see the latest, then try again.",
  ],
  [
    "unique (pg)",
    pgError("23505", 'duplicate key value violates unique constraint "RatePlan_tenantId_key"', "RatePlan"),
    "CONFLICT",
    409,
    "This rate plan already exists. Reload to see the latest, then try again.",
  ],
  [
    "row-level security",
    driverAdapterError("42501", 'new row violates row-level security policy for table "Campaign"'),
    "NOT_FOUND",
    404,
    "Campaign not found.",
  ],
  [
    "check violation",
    driverAdapterError("23514", 'new row for relation "X" violates check constraint "x_check"'),
    "BAD_REQUEST",
    400,
    "A value is not allowed here. Check the form and try again.",
  ],
  [
    "invalid text",
    driverAdapterError("22P02", 'invalid input syntax for type integer: "abc"'),
    "BAD_REQUEST",
    400,
    "A value has the wrong format. Check it and try again.",
  ],
  [
    "string too long (P2000)",
    prismaError("P2000", "22001", "value too long for type character varying(2)"),
    "BAD_REQUEST",
    400,
    "A value is too long. Shorten it and try again.",
  ],
  [
    "out of range (P2020)",
    prismaError("P2020", "22003", "integer out of range", "Campaign"),
    "BAD_REQUEST",
    400,
    "A number is too large or too small.",
  ],
  [
    "bad date",
    driverAdapterError("22007", 'invalid input syntax for type date: "x"'),
    "BAD_REQUEST",
    400,
    "A date or time is not valid. Check it and try again.",
  ],
  [
    "date out of range",
    driverAdapterError("22008", 'date/time field value out of range: "2026-02-31"'),
    "BAD_REQUEST",
    400,
    "A date or time is not valid. Check it and try again.",
  ],
  [
    "reference to a missing row (P2003)",
    prismaError("P2003", "23503", 'insert or update on table "Contact" violates the contact list reference', "Contact"),
    "NOT_FOUND",
    404,
    "Something this refers to was not found. It may have been deleted; reload and try again.",
  ],
  [
    "delete of a row still referenced (raw, P2010)",
    prismaError(
      "P2010",
      "23503",
      'update or delete on table "Campaign" violates foreign key constraint "f" on table "Y"',
    ),
    "CONFLICT",
    409,
    "This campaign is still in use, so it cannot be removed or changed.",
  ],
  [
    "record not found (P2025)",
    prismaError("P2025", undefined, "No record was found for an update.", "EscalationContact"),
    "NOT_FOUND",
    404,
    "Escalation contact not found. It may have been deleted; reload and try again.",
  ],
  [
    "serialization failure (P2034)",
    prismaError("P2034", "40001", "could not serialize"),
    "CONFLICT",
    409,
    RETRY_MESSAGE,
  ],
  ["deadlock", driverAdapterError("40P01", "deadlock detected"), "CONFLICT", 409, RETRY_MESSAGE],
];

describe("mapError", () => {
  it.each(cases)("%s → %s", (_name, error, code, httpStatus, message) => {
    // As a tRPC procedure sees it: whatever the handler threw, wrapped in INTERNAL_SERVER_ERROR.
    const wrapped = new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: error });
    for (const thrown of [error, wrapped]) {
      const mapped = mapError(thrown, "req-1");
      expect(mapped).toMatchObject({ code, httpStatus, message, unexpected: false });
      expect(mapped.message).not.toMatch(/violates|constraint|relation|table|"/);
    }
  });

  it("marks serialization failures retryable", () => {
    expect(mapError(driverAdapterError("40001", "x"), "r").details).toEqual({ retryable: true });
  });

  it("keeps our own faults and outages a 500 with the request id, never the database's words", () => {
    const faults = [
      driverAdapterError("42501", "tenant context is not set (app.tenant_id)"),
      driverAdapterError("42501", 'permission denied for table "Campaign"'),
      prismaError("P1001", undefined, "Can't reach database server at 127.0.0.1:5432"),
      new Prisma.PrismaClientValidationError("Argument `createdById` is missing.", { clientVersion: "6.19.3" }),
      new Error('relation "Secret" does not exist'),
      "a string",
    ];
    for (const fault of faults) {
      expect(mapError(fault, "req-9")).toEqual({
        code: "INTERNAL_SERVER_ERROR",
        httpStatus: 500,
        message: "Something went wrong (request req-9). Please try again.",
        unexpected: true,
      });
    }
  });

  it("keeps a typed AppError and its details, and finds a database error behind Error.cause", () => {
    const app = new AppError("PAYLOAD_TOO_LARGE", "The file is too large.", { limitBytes: 10 });
    expect(mapError(app, "r")).toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      httpStatus: 413,
      details: { limitBytes: 10 },
    });
    const nested = new Error("import failed", { cause: pgError("23505", "duplicate key", "Contact") });
    expect(mapError(nested, "r")).toMatchObject({ code: "CONFLICT", httpStatus: 409 });
  });

  it("leaves tRPC's own errors (input validation, sign-in) as they are", () => {
    const input = new TRPCError({ code: "BAD_REQUEST", message: "bad input", cause: new z.ZodError([]) });
    expect(mapError(input, "r")).toMatchObject({ code: "BAD_REQUEST", httpStatus: 400, message: "bad input" });
    expect(mapError(new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." }), "r")).toMatchObject({
      code: "UNAUTHORIZED",
      httpStatus: 401,
    });
  });

  it("keeps output validation failures a 500 (our bug, not the user's input)", () => {
    const output = new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "Output validation failed" });
    expect(mapError(output, "r")).toMatchObject({ code: "INTERNAL_SERVER_ERROR", unexpected: true });
  });
});

describe("errorResponse (plain HTTP routes)", () => {
  it("answers the mapped status with { error, code, ...details }", async () => {
    const response = errorResponse(new AppError("PAYLOAD_TOO_LARGE", "Too large.", { limitBytes: 5 }), {
      route: "test",
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: "Too large.", code: "PAYLOAD_TOO_LARGE", limitBytes: 5 });
    const conflict = errorResponse(prismaError("P2002", "23505", "duplicate key", "Campaign"), { route: "test" });
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toMatchObject({ code: "CONFLICT" });
  });
});
