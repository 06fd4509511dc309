import "server-only";
import { isIP } from "node:net";

/**
 * The header the web server (scripts/web-server.ts) sets on every request to the client address it
 * trusts, overwriting whatever the caller sent. Route handlers cannot see the socket, and Next keeps
 * a caller's own X-Forwarded-For, so nothing in the app reads that header itself.
 */
export const CLIENT_IP_HEADER = "x-callwright-client-ip";

/** Without the web server in front (a bare `next start`), every caller shares one bucket: fail closed. */
const UNKNOWN = "unknown";

const normalize = (address: string) => address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");

/**
 * The client address for rate limits. With `hops` trusted proxies in front, each appended the address
 * it saw to X-Forwarded-For, so the client is `hops` entries from the right (the socket is the
 * nearest proxy). Entries further left are the caller's to invent and are never used. With fewer
 * entries than hops, the left-most one that a proxy wrote is the best there is.
 */
export function resolveClientIp(socketAddress: string | undefined, forwardedFor: unknown, hops: number): string {
  const socket = socketAddress ? normalize(socketAddress) : UNKNOWN;
  if (hops === 0) return socket;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor;
  const chain = typeof header === "string" ? header.split(",").map(normalize).filter(Boolean) : [];
  const addresses = [socket, ...chain.reverse()]; // nearest first
  const client = addresses[Math.min(hops, addresses.length - 1)]!;
  return isIP(client) ? client : socket;
}

/** The address the web server stamped on the request (a fetch Headers, or next-auth's plain object). */
export function clientIp(headers: Headers | Record<string, unknown> | undefined): string {
  const value = headers instanceof Headers ? headers.get(CLIENT_IP_HEADER) : headers?.[CLIENT_IP_HEADER];
  return typeof value === "string" && value ? value : UNKNOWN;
}
