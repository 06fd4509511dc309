import type { PacingEvent, PacingSettings } from "./types";

/** Exponentially weighted mean/variance; `weight` saturates at the memory length. */
export interface Moments {
  weight: number;
  mean: number;
  variance: number;
}

/**
 * Everything the predictive pacer learns, as plain JSON so a workflow can keep it in state.
 * Histograms are indexed by whole seconds since the dial.
 */
export interface PacingStats {
  /** Decayed count of live answers by seconds from dial to answer. */
  liveAt: number[];
  /** Decayed count of all other outcomes (machine, busy, no answer) by seconds from dial to release. */
  otherAt: number[];
  /** Moments of ln(talk seconds): talk time is modelled as lognormal. */
  talkLog: Moments;
  /** Moments of wrap-up seconds. */
  wrap: Moments;
  campaign: { liveAnswers: number; abandons: number };
  /** Decayed counts over roughly the last RECENT_ANSWERS live answers. */
  recent: { liveAnswers: number; abandons: number };
}

// Memory lengths: long enough to average out noise, short enough to follow a drifting answer rate.
const DIAL_MEMORY = 2000;
const TALK_MEMORY = 300;
const WRAP_MEMORY = 100;
const RECENT_ANSWERS = 150;

// Conservative priors, quickly outweighed by data: a high answer rate with early answers,
// long calls and long wrap-up all make the pacer under-dial until it has learned.
const PRIOR_DIALS = 20;
const PRIOR_ANSWER_RATE = 0.5;
const PRIOR_TALK = { weight: 10, mean: Math.log(240), variance: 0.8 ** 2 };
const PRIOR_WRAP = { weight: 5, mean: 30, variance: 10 ** 2 };
/** Histogram slack past the ring timeout for answering-machine screening. */
const SCREENING_SLACK_SECONDS = 10;

export function createPacingStats(settings: Pick<PacingSettings, "ringTimeoutSeconds">): PacingStats {
  const timeoutBin = Math.ceil(settings.ringTimeoutSeconds);
  const bins = timeoutBin + SCREENING_SLACK_SECONDS;
  const liveAt = new Array<number>(bins).fill(0);
  const otherAt = new Array<number>(bins).fill(0);
  const liveWeight = PRIOR_DIALS * PRIOR_ANSWER_RATE;
  for (let i = 0; i < timeoutBin; i++) liveAt[i] = liveWeight / timeoutBin;
  otherAt[Math.min(timeoutBin, bins - 1)] = PRIOR_DIALS - liveWeight;
  return {
    liveAt,
    otherAt,
    talkLog: { ...PRIOR_TALK },
    wrap: { ...PRIOR_WRAP },
    campaign: { liveAnswers: 0, abandons: 0 },
    recent: { liveAnswers: 0, abandons: 0 },
  };
}

/** Pure update: returns new stats with the event folded in. */
export function recordOutcome(stats: PacingStats, event: PacingEvent): PacingStats {
  switch (event.type) {
    case "dial-resolved":
      return event.outcome === "live"
        ? { ...recordDial(stats, event.seconds, true), ...countLiveAnswer(stats) }
        : recordDial(stats, event.seconds, false);
    case "abandoned":
      return {
        ...stats,
        campaign: { ...stats.campaign, abandons: stats.campaign.abandons + 1 },
        recent: { ...stats.recent, abandons: stats.recent.abandons + 1 },
      };
    case "talk-ended":
      return { ...stats, talkLog: updateMoments(stats.talkLog, Math.log(Math.max(1, event.seconds)), TALK_MEMORY) };
    case "wrap-ended":
      return { ...stats, wrap: updateMoments(stats.wrap, Math.max(0, event.seconds), WRAP_MEMORY) };
  }
}

function recordDial(stats: PacingStats, seconds: number, live: boolean): PacingStats {
  const keep = 1 - 1 / DIAL_MEMORY;
  const bin = Math.min(stats.liveAt.length - 1, Math.max(0, Math.floor(seconds)));
  const liveAt = stats.liveAt.slice();
  const otherAt = stats.otherAt.slice();
  for (let i = 0; i < liveAt.length; i++) {
    liveAt[i]! *= keep;
    otherAt[i]! *= keep;
  }
  (live ? liveAt : otherAt)[bin]! += 1;
  return { ...stats, liveAt, otherAt };
}

function countLiveAnswer(stats: PacingStats): Pick<PacingStats, "campaign" | "recent"> {
  const keep = 1 - 1 / RECENT_ANSWERS;
  return {
    campaign: { ...stats.campaign, liveAnswers: stats.campaign.liveAnswers + 1 },
    recent: { liveAnswers: stats.recent.liveAnswers * keep + 1, abandons: stats.recent.abandons * keep },
  };
}

function updateMoments(m: Moments, x: number, memory: number): Moments {
  const weight = Math.min(m.weight + 1, memory);
  const alpha = 1 / weight;
  const delta = x - m.mean;
  return { weight, mean: m.mean + alpha * delta, variance: (1 - alpha) * (m.variance + alpha * delta * delta) };
}

/** Estimated share of dials that reach a live person. */
export function liveAnswerRate(stats: PacingStats): number {
  const live = sum(stats.liveAt);
  return live / (live + sum(stats.otherAt));
}

export function abandonRate(counts: { liveAnswers: number; abandons: number }): number {
  return counts.liveAnswers > 0 ? counts.abandons / counts.liveAnswers : 0;
}

function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}
