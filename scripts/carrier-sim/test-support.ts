import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

// For tests that drive the carrier simulator over loopback: the app's side of its webhooks, and waiting
// for the callbacks that a time-scaled call sends later.

export interface ReceivedWebhook {
  /** Path and query, as the simulator posted to them. */
  path: string;
  /** The full URL the signature covers. */
  url: string;
  signature: string | null;
  form: URLSearchParams;
}

/** A loopback server standing in for the app's webhook routes; `handle` answers each with a status. */
export async function startWebhookReceiver(
  handle: (webhook: ReceivedWebhook) => number,
): Promise<{ server: Server; baseUrl: string }> {
  let baseUrl = "";
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      const path = req.url ?? "";
      const signature = req.headers["x-twilio-signature"];
      const status = handle({
        path,
        url: baseUrl + path,
        signature: typeof signature === "string" ? signature : null,
        form: new URLSearchParams(body),
      });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, baseUrl };
}

/** Polls `check` until it holds; fails after `ms`. */
export async function waitUntil(check: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
