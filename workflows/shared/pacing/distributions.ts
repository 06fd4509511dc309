/** Standard normal CDF via the Numerical Recipes erfc approximation (|error| < 1.2e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const erfc = t * Math.exp(-x * x + poly);
  return z >= 0 ? 1 - 0.5 * erfc : 0.5 * erfc;
}

// The engine evaluates thousands of CDFs per decision, so it reads precomputed tables instead.
// They are built once at import from pure arithmetic, so results stay deterministic.
const Z_MAX = 8;
const Z_STEP = 0.01;
const PHI = Float64Array.from({ length: Math.round((2 * Z_MAX) / Z_STEP) + 2 }, (_, i) =>
  normalCdf(i * Z_STEP - Z_MAX),
);

/** Standard normal CDF by linear interpolation in a table (|error| < 1e-5). */
export function phi(z: number): number {
  if (z <= -Z_MAX) return 0;
  if (z >= Z_MAX) return 1;
  const x = (z + Z_MAX) / Z_STEP;
  const i = x | 0;
  const lo = PHI[i]!;
  return lo + (x - i) * (PHI[i + 1]! - lo);
}

/** Durations are looked up at whole seconds up to this; longer ones count as "not ending soon". */
export const TABLE_SECONDS = 4096;
const LOG_SECONDS = Float64Array.from({ length: TABLE_SECONDS + 1 }, (_, s) => Math.log(s));

function wholeSeconds(s: number): number {
  return s < 0 ? 0 : s > TABLE_SECONDS ? TABLE_SECONDS : s | 0;
}

/** CDF of a duration, evaluated at whole seconds. */
export interface DurationCdf {
  at(seconds: number): number;
}

export class LognormalCdf implements DurationCdf {
  private readonly invSd: number;
  constructor(
    private readonly logMean: number,
    logSd: number,
  ) {
    this.invSd = 1 / Math.max(logSd, 1e-3);
  }

  at(seconds: number): number {
    const i = wholeSeconds(seconds);
    return i === 0 ? 0 : phi((LOG_SECONDS[i]! - this.logMean) * this.invSd);
  }
}

export class NormalCdf implements DurationCdf {
  private readonly invSd: number;
  constructor(
    private readonly mean: number,
    sd: number,
  ) {
    this.invSd = 1 / sd;
  }

  at(seconds: number): number {
    return phi((wholeSeconds(seconds) - this.mean) * this.invSd);
  }
}
