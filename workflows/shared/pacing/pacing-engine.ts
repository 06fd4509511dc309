import { phi } from "./distributions";
import { buildForecast, type Forecast } from "./forecast";
import type { PacingStats } from "./pacing-stats";
import type { PacingDecision, PacingSettings, PacingSnapshot } from "./types";

/**
 * Decides how many new calls to place now. Pure and deterministic: the same snapshot, stats and
 * settings always give the same decision, so it is safe to call from a Temporal workflow.
 */
export function decideDials(snapshot: PacingSnapshot, stats: PacingStats, settings: PacingSettings): PacingDecision {
  const { idleAgents: idle, talkElapsed, wrapElapsed } = snapshot;
  if (idle + talkElapsed.length + wrapElapsed.length === 0) return { dials: 0, reason: "no agents logged in" };

  if (settings.mode === "preview") {
    const dials = Math.max(0, Math.min(snapshot.previewRequests, idle));
    return { dials, reason: `preview: ${dials} agent request(s)` };
  }

  const inFlight = snapshot.linesElapsed.length + snapshot.waitingCallers;
  const progressive = Math.max(0, idle - inFlight);
  const state = `${idle} idle, ${wrapElapsed.length} wrapping, ${inFlight} in flight`;
  if (settings.mode === "progressive") return { dials: progressive, reason: `progressive: ${state}` };

  // Line ratio cap: agents in wrap-up count as idle here, as they are what predictive dials for.
  const ceiling = Math.floor(settings.maxLinesPerIdleAgent * (idle + wrapElapsed.length)) - inFlight;
  if (ceiling <= progressive) return { dials: progressive, reason: `predictive: at line ratio cap; ${state}` };
  if (abandonBudget(stats, settings) < 0) {
    return { dials: progressive, reason: `predictive→progressive: abandon budget spent; ${state}` };
  }

  const target = targetRisk(stats, settings);
  const forecast = buildForecast(snapshot, stats);
  let dials = progressive;
  while (dials < ceiling && marginalRisk(forecast, dials) <= target) dials++;
  const capped = dials === ceiling ? "; at line ratio cap" : "";
  return {
    dials,
    reason: `predictive: ${state}; live rate ${forecast.liveRate.toFixed(3)}, risk target ${target.toFixed(4)}${capped}`,
  };
}

/**
 * Abandons still allowed before the campaign crosses GUARD × cap. Below zero, predictive falls back
 * to progressive, which cannot abandon, until answered calls earn budget back.
 */
const GUARD = 0.9;
function abandonBudget(stats: PacingStats, settings: PacingSettings): number {
  return GUARD * settings.abandonCap * stats.campaign.liveAnswers - stats.campaign.abandons;
}

/**
 * Feedback on the risk the pacer accepts per extra dial, so the abandon rate tracks SETPOINT × cap
 * whatever the forecast's bias at this campaign size: an integral term on the campaign's slack
 * (abandons allowed at the setpoint minus abandons so far) plus a proportional term on the recent
 * window, which makes the pacer back off right after a burst of abandons.
 */
const SETPOINT = 0.75;
const BASE_RISK = 0.02;
/** Abandons of slack per e-fold change of the accepted risk. */
const SLACK_SCALE = 4;
/** Cap on banked slack, so a long quiet spell cannot license a burst of over-dialling. */
const MAX_BANKED = 8;

function targetRisk(stats: PacingStats, settings: PacingSettings): number {
  const setpoint = SETPOINT * settings.abandonCap;
  const campaign = Math.min(MAX_BANKED, setpoint * stats.campaign.liveAnswers - stats.campaign.abandons);
  const recent = setpoint * stats.recent.liveAnswers - stats.recent.abandons;
  return BASE_RISK * Math.exp((campaign + recent) / SLACK_SCALE);
}

/**
 * Chance that one more dial, if answered live, finds no agent within the grace period, given
 * `others` further new dials. Weighted over when that answer arrives.
 */
function marginalRisk(f: Forecast, others: number): number {
  let risk = 0;
  for (let b = f.start; b < f.horizon; b++) {
    const q = f.newLive[b]!;
    const slack = f.supplyMean[b]! - f.demandMean[b]! - others * q;
    const sd = Math.sqrt(f.supplyVar[b]! + f.demandVar[b]! + others * q * (1 - q) + 1e-9);
    risk += f.answerWeight[b]! * phi((0.5 - slack) / sd);
  }
  return risk;
}
