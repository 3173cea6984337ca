/**
 * From what a system answered to the figures the report shows. Sensitivity at a threshold t:
 * the share of positive queries whose correct entity is in the top 10 with a score of at least
 * t (an analyst would see it alerted). Alert rate at t: the share of negative queries whose
 * best result scores at least t. A null threshold means "any result".
 */

/** The share of queries whose correct entity is within the first k results. */
export function recallAt(ranks: readonly number[], k: number): number {
  if (ranks.length === 0) return 0;
  return ranks.filter((r) => r >= 1 && r <= k).length / ranks.length;
}

/** The share of scores at or above t (nulls never count; t null: every non-null score counts). */
export function shareAtOrAbove(scores: readonly (number | null)[], t: number | null): number {
  if (scores.length === 0) return 0;
  return scores.filter((s) => s !== null && (t === null || s >= t)).length / scores.length;
}

/**
 * The highest threshold at which the positives reach `target` sensitivity: the score of the
 * ceil(target·n)-th best correct hit. Null when the correct entity is found too rarely.
 */
export function thresholdForSensitivity(hitScores: readonly (number | null)[], target: number): number | null {
  const need = Math.ceil(target * hitScores.length - 1e-9);
  const found = hitScores.filter((s): s is number => s !== null).sort((a, b) => b - a);
  if (need === 0 || found.length < need) return null;
  return found[need - 1];
}

export interface CurvePoint {
  threshold: number;
  alertRate: number;
  sensitivity: number;
}

/** Minimum change between two kept curve points: a plot has no use for thousands of them. */
const SENSITIVITY_STEP = 0.002;
const ALERT_RATIO_STEP = 1.02;

/** Sensitivity against alert rate as the threshold falls through every score either side holds. */
export function tradeOffCurve(hitScores: readonly (number | null)[], negativeScores: readonly (number | null)[]): CurvePoint[] {
  const pos = hitScores.filter((s): s is number => s !== null).sort((a, b) => b - a);
  const neg = negativeScores.filter((s): s is number => s !== null).sort((a, b) => b - a);
  const thresholds = [...new Set([...pos, ...neg])].sort((a, b) => b - a);
  const out: CurvePoint[] = [];
  let i = 0;
  let j = 0;
  for (const [n, t] of thresholds.entries()) {
    while (i < pos.length && pos[i] >= t) i++;
    while (j < neg.length && neg[j] >= t) j++;
    const point = { threshold: t, sensitivity: i / Math.max(1, hitScores.length), alertRate: j / Math.max(1, negativeScores.length) };
    const last = out[out.length - 1];
    const moved = !last || point.sensitivity - last.sensitivity >= SENSITIVITY_STEP || point.alertRate > last.alertRate * ALERT_RATIO_STEP;
    if (moved || n === thresholds.length - 1) out.push(point);
  }
  return out;
}
