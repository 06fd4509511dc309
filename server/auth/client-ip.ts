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

const normalize = (address: string) =>
  address
    .trim()
    .replace(/%.*$/, "") // an IPv6 zone index
    .replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");

/**
 * One IPv6 subscriber usually holds a whole /64 and can pick a new address in it per request, so
 * an IPv6 client counts as its /64 ("2001:db8:1:2::/64"); an IPv4 client as its address.
 */
export function rateLimitIdentity(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = "", tail = ""] = address.split("::");
  const groups = (part: string) => (part ? part.split(":").flatMap((g) => (g.includes(".") ? ["0", "0"] : [g])) : []);
  const left = groups(head);
  const right = address.includes("::") ? groups(tail) : [];
  const all = [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return `${all
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}

/**
 * The client for rate limits (its address, or an IPv6 client's /64). With `hops` trusted proxies in front, each appended the address
 * it saw to X-Forwarded-For, so the client is `hops` entries from the right (the socket is the
 * nearest proxy). Entries further left are the caller's to invent and are never used. With fewer
 * entries than hops, the left-most one that a proxy wrote is the best there is.
 */
export function resolveClientIp(socketAddress: string | undefined, forwardedFor: unknown, hops: number): string {
  const socket = socketAddress ? normalize(socketAddress) : UNKNOWN;
  if (hops === 0) return rateLimitIdentity(socket);
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor;
  const chain = typeof header === "string" ? header.split(",").map(normalize).filter(Boolean) : [];
  const addresses = [socket, ...chain.reverse()]; // nearest first
  const client = addresses[Math.min(hops, addresses.length - 1)]!;
  return rateLimitIdentity(isIP(client) ? client : socket);
}

/** The address the web server stamped on the request (a fetch Headers, or next-auth's plain object). */
export function clientIp(headers: Headers | Record<string, unknown> | undefined): string {
  const value = headers instanceof Headers ? headers.get(CLIENT_IP_HEADER) : headers?.[CLIENT_IP_HEADER];
  return typeof value === "string" && value ? value : UNKNOWN;
}
