/**
 * Whether a change between two scores of a scale is one people notice: at least the instrument's
 * threshold in points, or in percent of the first score where the source gives one (Ostelo 2008:
 * "a 30% change from baseline"). Direction follows the scale: a lower pain score is better.
 */
import { MEASURES, type MeasureId, type MeasureScale } from '../knowledge/measures/index.js';
import type { MeasureChange } from '../schemas/measures.js';
import { refuseAnswer } from './answer-error.js';

function scaleOf(instrument: MeasureId, scale: string): MeasureScale {
  const found = MEASURES[instrument].scales.find((s) => s.id === scale);
  if (!found) refuseAnswer('scale', `is not a scale of ${instrument}: one of ${MEASURES[instrument].scales.map((s) => s.id).join(', ')}`);
  return found;
}

export function measureChange(instrument: MeasureId, scale: string, from: number, to: number): MeasureChange {
  const s = scaleOf(instrument, scale);
  for (const [field, value] of [['from', from], ['to', to]] as const) {
    if (!Number.isFinite(value) || value < s.min || value > s.max) refuseAnswer(field, `must be a score from ${s.min} to ${s.max}`);
  }
  const threshold = MEASURES[instrument].change;
  if (!threshold) refuseAnswer('instrument', `${instrument} is a screening tool with no change threshold: compare its groups instead`);
  const change = round(to - from);
  const percentOfFirst = from === 0 ? null : round((Math.abs(to - from) / Math.abs(from)) * 100);
  const better = s.higherIsBetter ? change > 0 : change < 0;
  const direction = change === 0 ? 'same' : better ? 'better' : 'worse';
  const byPoints = Math.abs(change) >= threshold.points;
  const byPercent = threshold.percent !== undefined && percentOfFirst !== null && percentOfFirst >= threshold.percent;
  return {
    instrument,
    scale,
    from,
    to,
    change,
    percentOfFirst,
    direction,
    meaningful: change !== 0 && (byPoints || byPercent),
    threshold: threshold.percent === undefined ? { kind: threshold.kind, points: threshold.points } : { kind: threshold.kind, points: threshold.points, percent: threshold.percent },
  };
}

/** Two decimals: scores and percentages are shown, not computed on. */
const round = (x: number) => Math.round(x * 100) / 100;
