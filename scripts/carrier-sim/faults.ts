import { z } from "zod";
import type { Random } from "../pacing-sim/random";

// Fault switches: what a real carrier does on a bad day. Webhooks can come late, twice, out of order or
// never; REST requests can be refused with a 5xx or a 429. Rates are shares of events or requests.
export const faultsSchema = z.object({
  /** Extra delay added to a share of callbacks, in (simulated) milliseconds. */
  delayRate: z.number().min(0).max(1).default(0),
  delayMs: z.tuple([z.number().min(0), z.number().min(0)]).default([500, 5000]),
  duplicateRate: z.number().min(0).max(1).default(0),
  /** A reordered callback is held back until after the call's next one. */
  reorderRate: z.number().min(0).max(1).default(0),
  dropRate: z.number().min(0).max(1).default(0),
  rest5xxRate: z.number().min(0).max(1).default(0),
  rest429Rate: z.number().min(0).max(1).default(0),
  /** Retry a callback the receiver answered with a 5xx (Twilio does not by default; some carriers do). */
  retryCallbackOn5xx: z.boolean().default(true),
});
export type Faults = z.infer<typeof faultsSchema>;
export const NO_FAULTS: Faults = faultsSchema.parse({});

export type RestFault = { status: 429 | 503 } | undefined;

export function restFault(rng: Random, f: Faults): RestFault {
  const u = rng.next();
  if (u < f.rest429Rate) return { status: 429 };
  if (u < f.rest429Rate + f.rest5xxRate) return { status: 503 };
  return undefined;
}

/** How one callback is delivered: not at all, or at these extra delays (two entries: a duplicate). */
export function callbackPlan(rng: Random, f: Faults): { deliveries: number[]; holdForNext: boolean } {
  if (rng.next() < f.dropRate) return { deliveries: [], holdForNext: false };
  const delay = () => (rng.next() < f.delayRate ? rng.uniform(f.delayMs[0], f.delayMs[1]) : 0);
  const deliveries = [delay()];
  if (rng.next() < f.duplicateRate) deliveries.push(delay() + rng.uniform(0, 1000));
  return { deliveries, holdForNext: rng.next() < f.reorderRate };
}
