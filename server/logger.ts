import "server-only";
import pino from "pino";

export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "callwright" },
  redact: ["password", "*.password", "passwordHash", "*.passwordHash", "token", "*.token"],
});

export type Logger = pino.Logger;
