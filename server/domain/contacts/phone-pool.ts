import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { logger } from "../../logger";
import { normalizePhone, type NormalizedPhone } from "./phone";

/** Parses a batch of phone numbers; each with its own default country. */
export interface PhoneBatchParser {
  parse(phones: string[], defaults: string[]): Promise<(NormalizedPhone | null)[]>;
  close(): Promise<void>;
}

export const inlinePhoneParser: PhoneBatchParser = {
  parse: async (phones, defaults) => phones.map((p, i) => normalizePhone(p, defaults[i]!)),
  close: async () => undefined,
};

// libphonenumber-js costs ~5-15 µs per number, the largest share of an import's CPU. Worker threads
// parse batches in parallel with CSV parsing and COPY on the main thread. The worker mirrors
// normalizePhone() exactly (phone-pool.test.ts checks that they agree).
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const path = require("node:path");
// libphonenumber-js compiles a new RegExp from the same metadata pattern on every check (its
// matchesEntirely helper, looked up at call time by its callers). Reusing the compiled RegExp gives
// the same answers (the patterns have no g/y flag, so test() keeps no state) for ~30% less CPU.
try {
  const helper = require(path.join(path.dirname(workerData.libphonenumber), "../build/helpers/matchesEntirely.js"));
  if (typeof helper.default === "function" && helper.default.length === 2) {
    const compiled = new Map();
    helper.default = (text, pattern) => {
      let re = compiled.get(pattern);
      if (!re) compiled.set(pattern, (re = new RegExp("^(?:" + pattern + ")$")));
      return re.test(text || "");
    };
  }
} catch {}
const { parsePhoneNumberFromString, isSupportedCountry } = require(workerData.libphonenumber);
parentPort.on("message", ({ id, phones, defaults }) => {
  const e164 = new Array(phones.length);
  const country = new Array(phones.length);
  for (let i = 0; i < phones.length; i++) {
    const raw = phones[i];
    const parsed = raw ? parsePhoneNumberFromString(raw, isSupportedCountry(defaults[i]) ? defaults[i] : undefined) : undefined;
    if (parsed && parsed.isValid()) { e164[i] = parsed.number; country[i] = parsed.country ?? null; } else { e164[i] = null; country[i] = null; }
  }
  parentPort.postMessage({ id, e164, country });
});
`;

interface WorkerReply {
  id: number;
  e164: (string | null)[];
  country: (string | null)[];
}

class WorkerPhoneParser implements PhoneBatchParser {
  private next = 0;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (r: WorkerReply) => void; reject: (e: Error) => void }>();

  constructor(private readonly workers: Worker[]) {
    for (const worker of workers) {
      worker.on("message", (reply: WorkerReply) => {
        this.pending.get(reply.id)?.resolve(reply);
        this.pending.delete(reply.id);
      });
      worker.on("error", (error) => this.failAll(error));
    }
  }

  async parse(phones: string[], defaults: string[]) {
    const id = this.nextId++;
    const worker = this.workers[this.next++ % this.workers.length]!;
    const reply = await new Promise<WorkerReply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, phones, defaults });
    });
    return reply.e164.map((e164, i) => (e164 ? { e164, country: reply.country[i] ?? null } : null));
  }

  async close() {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private failAll(error: Error) {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}

/** Worker threads when they can start (one per core, at most 4); otherwise parse on this thread. */
export function createPhoneParser(threads = Math.min(4, availableParallelism())): PhoneBatchParser {
  if (threads < 1) return inlinePhoneParser;
  try {
    // Resolved from the project root: bundlers (Next) may not keep node_modules paths next to this module.
    const libphonenumber = createRequire(path.join(process.cwd(), "package.json")).resolve("libphonenumber-js/min");
    const workers = Array.from({ length: threads }, () => new Worker(WORKER_SOURCE, { eval: true, workerData: { libphonenumber } }));
    return new WorkerPhoneParser(workers);
  } catch (error) {
    logger.warn({ err: error }, "phone worker threads unavailable; parsing on the main thread");
    return inlinePhoneParser;
  }
}
