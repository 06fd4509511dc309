import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { z } from "zod";
import { faultsSchema } from "./faults";
import { outcomeProfileSchema } from "./outcomes";
import { CarrierSimulator, isTerminal, newSid, type SimCall } from "./simulator";
import { twilioSignature } from "./twilio-signature";

// Twilio's REST API, the subset the telephony adapter uses (README.md), plus /sim/* to steer the simulator.

const CALLS = /^\/2010-04-01\/Accounts\/([^/]+)\/Calls\.json$/;
const CALL = /^\/2010-04-01\/Accounts\/([^/]+)\/Calls\/(CA[0-9a-f]{32})\.json$/;
const PARTICIPANTS = /^\/2010-04-01\/Accounts\/([^/]+)\/Conferences\/([^/]+)\/Participants\.json$/;

const configSchema = z.object({
  defaultProfile: outcomeProfileSchema.optional(),
  rules: z
    .array(z.object({ from: z.string().optional(), toPrefix: z.string().optional(), profile: outcomeProfileSchema }))
    .optional(),
  faults: faultsSchema.optional(),
  timeScale: z.number().gt(0).max(1000).optional(),
});

const inboundSchema = z.object({ from: z.string().min(1), to: z.string().min(1), voiceUrl: z.url() });

export function startCarrierServer(
  sim: CarrierSimulator,
  opts: { port: number; accountSid: string; authToken: string },
) {
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      twilioError(res, 500, 20500, error instanceof Error ? error.message : "internal error");
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://sim");
    const body = await readBody(req);
    if (url.pathname.startsWith("/sim/")) return simRoute(url.pathname, req.method ?? "GET", body, res);

    if (!authorized(req)) return twilioError(res, 401, 20003, "Authenticate");
    const account = (CALLS.exec(url.pathname) ?? CALL.exec(url.pathname) ?? PARTICIPANTS.exec(url.pathname))?.[1];
    if (!account) return twilioError(res, 404, 20404, `The requested resource ${url.pathname} was not found`);
    if (account !== opts.accountSid) return twilioError(res, 403, 20003, "Account sid does not match the credentials");

    const fault = req.method === "POST" ? sim.restFault() : undefined;
    if (fault?.status === 429) return twilioError(res, 429, 20429, "Too Many Requests");
    if (fault?.status === 503) return twilioError(res, 503, 20503, "Service Unavailable");

    const form = new URLSearchParams(body);
    if (CALLS.test(url.pathname) && req.method === "POST") {
      const to = form.get("To");
      const from = form.get("From");
      if (!to || !from) return twilioError(res, 400, 21201, "No 'To' or 'From' number is specified");
      const key = header(req, "idempotency-key");
      const call = sim.createCall(
        {
          To: to,
          From: from,
          StatusCallback: form.get("StatusCallback") ?? undefined,
          StatusCallbackEvent: form.getAll("StatusCallbackEvent").flatMap((v) => v.split(" ")),
          MachineDetection: form.get("MachineDetection") ?? undefined,
          AsyncAmd: form.get("AsyncAmd") ?? undefined,
          AsyncAmdStatusCallback: form.get("AsyncAmdStatusCallback") ?? undefined,
          Timeout: form.has("Timeout") ? Number(form.get("Timeout")) : undefined,
        },
        key,
      );
      return json(res, 201, callResource(call, opts.accountSid));
    }

    const callMatch = CALL.exec(url.pathname);
    if (callMatch) {
      const call = sim.calls.get(callMatch[2]!);
      if (!call) return twilioError(res, 404, 20404, `The requested resource ${url.pathname} was not found`);
      if (req.method === "POST") applyUpdate(call, form);
      return json(res, 200, callResource(call, opts.accountSid));
    }

    const participants = PARTICIPANTS.exec(url.pathname);
    if (participants && req.method === "POST") {
      const conference = decodeURIComponent(participants[2]!);
      const callSid = form.get("CallSid");
      const call = callSid ? sim.calls.get(callSid) : undefined;
      if (call) sim.bridge(call, conference);
      return json(res, 201, {
        account_sid: opts.accountSid,
        call_sid: call?.sid ?? newSid("CA"),
        conference_sid: newSid("CF"),
        label: form.get("Label"),
        status: "connected",
      });
    }
    return twilioError(res, 405, 20004, "Method not allowed");
  }

  /** Status=completed|canceled hangs up; TwiML with <Dial><Number> transfers, <Conference> bridges, <Hangup/> ends. */
  function applyUpdate(call: SimCall, form: URLSearchParams): void {
    const status = form.get("Status");
    if (status === "completed" || status === "canceled") return sim.endCall(call);
    const twiml = form.get("Twiml") ?? "";
    const number = /<Dial[^>]*>\s*<Number[^>]*>([^<]+)<\/Number>/.exec(twiml)?.[1];
    const conference = /<Conference[^>]*>([^<]+)<\/Conference>/.exec(twiml)?.[1];
    if (number) sim.transfer(call, number.trim());
    else if (conference) sim.bridge(call, conference.trim());
    else if (/<Hangup\s*\/>/.test(twiml)) sim.playAndHangUp(call);
  }

  async function simRoute(path: string, method: string, body: string, res: ServerResponse): Promise<void> {
    if (path === "/sim/stats" && method === "GET") return json(res, 200, sim.stats());
    if (path === "/sim/health") return json(res, 200, { ok: true });
    const parsed = (schema: z.ZodType) => {
      let input: unknown;
      try {
        input = body ? JSON.parse(body) : {};
      } catch {
        input = Symbol("not JSON");
      }
      const result = schema.safeParse(input);
      if (!result.success) json(res, 400, { error: z.prettifyError(result.error) });
      return result.success ? result.data : undefined;
    };
    if (path === "/sim/config" && method === "POST") {
      const config = parsed(configSchema) as z.infer<typeof configSchema> | undefined;
      if (config) {
        sim.configure(config);
        json(res, 200, { ok: true });
      }
      return;
    }
    if (path === "/sim/inbound" && method === "POST") {
      const inbound = parsed(inboundSchema) as z.infer<typeof inboundSchema> | undefined;
      if (!inbound) return;
      const params = {
        AccountSid: opts.accountSid,
        CallSid: newSid("CA"),
        CallStatus: "ringing",
        Direction: "inbound",
        From: inbound.from,
        To: inbound.to,
        ApiVersion: "2010-04-01",
      };
      const answer = await fetch(inbound.voiceUrl, {
        method: "POST",
        body: new URLSearchParams(params),
        headers: { "x-twilio-signature": twilioSignature(opts.authToken, inbound.voiceUrl, params) },
      });
      return json(res, 200, { callSid: params.CallSid, webhookStatus: answer.status, twiml: await answer.text() });
    }
    json(res, 404, { error: `no simulator route ${method} ${path}` });
  }

  function authorized(req: IncomingMessage): boolean {
    const auth = header(req, "authorization");
    if (!auth?.startsWith("Basic ")) return false;
    return Buffer.from(auth.slice(6), "base64").toString() === `${opts.accountSid}:${opts.authToken}`;
  }

  return new Promise<Server>((resolve) => server.listen(opts.port, "127.0.0.1", () => resolve(server)));
}

function callResource(call: SimCall, accountSid: string) {
  return {
    sid: call.sid,
    account_sid: accountSid,
    to: call.to,
    from: call.from,
    status: call.status,
    direction: call.direction,
    date_created: new Date(call.createdAt).toUTCString(),
    start_time: call.answeredAt ? new Date(call.answeredAt).toUTCString() : null,
    end_time: call.endedAt ? new Date(call.endedAt).toUTCString() : null,
    answered_by: null,
    api_version: "2010-04-01",
    uri: `/2010-04-01/Accounts/${accountSid}/Calls/${call.sid}.json`,
    ended: isTerminal(call.status),
  };
}

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

/** Twilio's error body: code, message, more_info, status. */
function twilioError(res: ServerResponse, status: number, code: number, message: string): void {
  json(res, status, { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });
}
