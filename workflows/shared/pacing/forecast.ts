import { LognormalCdf, NormalCdf, TABLE_SECONDS, type DurationCdf } from "./distributions";
import type { PacingStats } from "./pacing-stats";
import { ABANDON_GRACE_SECONDS, type PacingSnapshot } from "./types";

/**
 * Second-by-second forecast over seconds [start, horizon) from now: the span in which a dial placed
 * now gets answered live (the central 99% of learned answer times). For each answer second b:
 *  - demand*: live answers expected by the end of second b from lines in flight, callers already
 *    waiting, and (discounted) the dials the pacer will place over the next seconds;
 *  - supply*: agents expected free by b + grace, i.e. in time to take a call answered during b;
 *  - newLive[b]: chance that one new dial has been answered live by the end of second b;
 *  - answerWeight[b]: share of live answers that arrive during second b.
 * Means and variances treat every agent and line as an independent Bernoulli, so the normal
 * approximation applied to them is the usual one for a Poisson-binomial count.
 */
export interface Forecast {
  start: number;
  horizon: number;
  liveRate: number;
  answerWeight: number[];
  newLive: number[];
  demandMean: number[];
  demandVar: number[];
  supplyMean: number[];
  supplyVar: number[];
}

/** Live answers before / after these quantiles of the learned answer-time distribution are ignored. */
const START_QUANTILE = 0.005;
const HORIZON_QUANTILE = 0.995;
/** Agents or lines this unlikely to matter within the horizon are skipped (speed, not accuracy). */
const NEGLIGIBLE = 1e-4;
/**
 * Dials placed in the coming seconds compete for the same agents. They are only placed while the
 * risk allows, so they are counted at half the recent dial rate (tuned once over the whole bench).
 */
const FUTURE_DIAL_WEIGHT = 0.5;
const MIN_WRAP_SD = 0.5;

export function buildForecast(snapshot: PacingSnapshot, stats: PacingStats): Forecast {
  const bins = stats.liveAt.length;
  // cumLive[x] = live answers resolved before second x; open[x] = dials still unresolved at x.
  const cumLive = filled(bins + 1, 0);
  const open = filled(bins + 1, 0);
  for (let i = 0; i < bins; i++) cumLive[i + 1] = cumLive[i]! + stats.liveAt[i]!;
  for (let i = bins - 1; i >= 0; i--) open[i] = open[i + 1]! + stats.liveAt[i]! + stats.otherAt[i]!;
  const totalLive = cumLive[bins]!;
  const total = open[0]!;

  let start = 0;
  while (start < bins - 1 && cumLive[start + 1]! < START_QUANTILE * totalLive) start++;
  let horizon = start + 1;
  while (horizon < bins && cumLive[horizon]! < HORIZON_QUANTILE * totalLive) horizon++;

  const f: Forecast = {
    start,
    horizon,
    liveRate: totalLive / total,
    answerWeight: filled(horizon, 0),
    newLive: filled(horizon, 0),
    demandMean: filled(horizon, snapshot.waitingCallers),
    demandVar: filled(horizon, 0),
    supplyMean: filled(horizon, snapshot.idleAgents),
    supplyVar: filled(horizon, 0),
  };
  for (let b = 0; b < horizon; b++) {
    f.answerWeight[b] = stats.liveAt[b]! / totalLive;
    f.newLive[b] = cumLive[b + 1]! / total;
  }
  addLines(f, snapshot.linesElapsed, cumLive, open);
  addFutureDials(f, snapshot.linesElapsed);

  // A floor on the spread: even a fixed wrap-up jitters by a second or so in practice.
  const wrapCdf = new NormalCdf(stats.wrap.mean, Math.max(MIN_WRAP_SD, Math.sqrt(stats.wrap.variance)));
  for (const elapsed of snapshot.wrapElapsed) addAgent(f, wrapCdf, Math.floor(elapsed), 0);

  // A talking agent frees after the rest of the call plus a wrap-up (taken at its mean).
  const talkCdf = new LognormalCdf(stats.talkLog.mean, Math.sqrt(stats.talkLog.variance));
  const wrapShift = Math.round(stats.wrap.mean);
  for (const elapsed of snapshot.talkElapsed) {
    const e = Math.floor(elapsed);
    if (e < TABLE_SECONDS) addAgent(f, talkCdf, e, wrapShift);
  }
  return f;
}

/** Lines in flight: chance of a live answer within b+1 more seconds, given still unresolved now. */
function addLines(f: Forecast, linesElapsed: readonly number[], cumLive: number[], open: number[]): void {
  const bins = cumLive.length - 1;
  const totalLive = cumLive[bins]!;
  const { start, horizon, demandMean, demandVar } = f;
  // Group by whole seconds: dials go out on ticks, so many lines share an age.
  const linesAt = filled(bins + 1, 0);
  for (const elapsed of linesElapsed) linesAt[Math.min(bins, Math.max(0, Math.floor(elapsed)))]!++;
  for (let e = 0; e < bins; e++) {
    const count = linesAt[e]!;
    const stillOpen = open[e]!;
    const liveBefore = cumLive[e]!;
    if (count === 0 || totalLive - liveBefore <= NEGLIGIBLE * stillOpen) continue;
    for (let b = start; b < horizon; b++) {
      const a = (cumLive[e + b + 1 < bins ? e + b + 1 : bins]! - liveBefore) / stillOpen;
      demandMean[b]! += count * a;
      demandVar[b]! += count * a * (1 - a);
    }
  }
}

/** Future dials at the recent rate, measured from lines too young to have been answered yet. */
function addFutureDials(f: Forecast, linesElapsed: readonly number[]): void {
  const window = Math.max(1, f.start);
  let young = 0;
  for (const elapsed of linesElapsed) if (elapsed <= window) young++;
  const perSecond = (FUTURE_DIAL_WEIGHT * young) / window;
  // A dial placed s seconds from now is answered live by the end of second b with chance newLive[b - s].
  let perDialRate = 0;
  for (let b = 1; b < f.horizon; b++) {
    perDialRate += f.newLive[b - 1]!;
    f.demandMean[b]! += perSecond * perDialRate;
    f.demandVar[b]! += perSecond * perDialRate; // Poisson: variance equals mean
  }
}

/** Adds one busy agent: P(free by b + grace | busy for `e` s) from a duration CDF shifted by `shift`. */
function addAgent(f: Forecast, cdf: DurationCdf, e: number, shift: number): void {
  const { horizon, supplyMean, supplyVar } = f;
  const offset = ABANDON_GRACE_SECONDS - shift;
  // Seconds before the shift has elapsed cannot free the agent.
  const first = Math.max(f.start, 1 - offset);
  const before = cdf.at(e);
  const survive = 1 - before;
  // Past the end of every plausible duration: the agent is about to free up.
  if (survive < 1e-9) {
    for (let b = first; b < horizon; b++) supplyMean[b]! += 1;
    return;
  }
  if ((cdf.at(e + horizon - 1 + offset) - before) / survive < NEGLIGIBLE) return;
  for (let b = first; b < horizon; b++) {
    const p = Math.max(0, cdf.at(e + b + offset) - before) / survive;
    supplyMean[b]! += p;
    supplyVar[b]! += p * (1 - p);
  }
}

/** A packed array of doubles: plain arrays are far cheaper to allocate than typed arrays. */
function filled(n: number, value: number): number[] {
  return new Array<number>(n).fill(value);
}
