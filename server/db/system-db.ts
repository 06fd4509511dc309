import "server-only";
import { env } from "../env";
import { prismaFor } from "./prisma-client";

/**
 * The owner connection. Only identity code (server/auth) and the audited operator route may use
 * it; ESLint forbids importing it anywhere else. Tenant tables are FORCE RLS even for the owner.
 */
export const systemDb = () => prismaFor(env().DATABASE_URL);
