/**
 * The web server: Next.js behind a plain Node HTTP server, so that rate limits see the real client
 * address. Next keeps a caller's own X-Forwarded-For (it only sets the header when it is absent), and
 * route handlers cannot read the socket; here every request gets CLIENT_IP_HEADER, computed from the
 * socket and TRUSTED_PROXY_HOPS, overwriting anything the caller sent (decision 50).
 *
 *   tsx --import ./scripts/lib/server-entry.mjs scripts/web-server.ts [--dev] [-p PORT] [-H HOST]
 */
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { CLIENT_IP_HEADER, resolveClientIp } from "../server/auth/client-ip";
import { env, validateEnvAtBoot } from "../server/env";

const { values } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    port: { type: "string", short: "p" },
    // Unset: every interface, IPv4 and IPv6, as `next start` listens ("localhost" may resolve to ::1).
    hostname: { type: "string", short: "H" },
  },
});
const dev = values.dev;
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;
// As `next start` / `next dev` do: React and Next pick their production or development build from it.
(process.env as Record<string, string | undefined>).NODE_ENV ??= dev ? "development" : "production";

validateEnvAtBoot("web server");
const hops = env().TRUSTED_PROXY_HOPS;

const app = next({ dev, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

createServer((req, res) => {
  req.headers[CLIENT_IP_HEADER] = resolveClientIp(req.socket.remoteAddress, req.headers["x-forwarded-for"], hops);
  handle(req, res).catch((error: unknown) => {
    console.error(error);
    res.statusCode = 500;
    res.end();
  });
}).listen(port, hostname, () => {
  console.log(`▲ Callwright web server (${dev ? "development" : "production"}) on http://localhost:${port}`);
});
