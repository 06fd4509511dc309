import "server-only";
import pino from "pino";
import { logLevel } from "./env";

export const logger = pino({
  level: logLevel(),
  base: { service: "callwright" },
  redact: ["password", "*.password", "passwordHash", "*.passwordHash", "token", "*.token"],
});

export type Logger = pino.Logger;
