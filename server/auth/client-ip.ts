import "server-only";
/** The caller's address for rate limits: the first X-Forwarded-For entry, or "local" without a proxy. */
export function clientIp(forwardedFor: unknown): string {
  const first = typeof forwardedFor === "string" ? forwardedFor.split(",")[0]?.trim() : undefined;
  return first || "local";
}
