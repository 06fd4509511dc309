export { decideDials } from "./pacing-engine";
export {
  abandonRate,
  createPacingStats,
  liveAnswerRate,
  recordOutcome,
  type Moments,
  type PacingStats,
} from "./pacing-stats";
export * from "./types";
