/**
 * Trends per measure: first against latest, and the latest against a week before. A change is
 * clinically important at 2 points or 30% on a 0-10 pain scale (Farrar 2001; Ostelo 2008); the
 * rule of each measure lives in `knowledge/recovery.ts`.
 */
import { RECOVERY_MEASURES, RECOVERY_THRESHOLDS, type RecoveryMeasure, type MeasureId } from '../knowledge/recovery.js';
import type { Change, Trend, TrendDirection, TrendPoint } from '../schemas/recovery.js';
import type { DatedCheckIn } from './check-ins.js';
import { measureValue } from './measures.js';

type ImportanceRule = Pick<RecoveryMeasure, 'importantPoints' | 'importantPercent'>;

/** Whether going from `from` to `to` is a clinically important change under `rule` (either way). */
export function isImportantChange(from: number, to: number, rule: ImportanceRule): boolean {
  const d = Math.abs(to - from);
  if (d === 0) return false;
  if (d >= rule.importantPoints) return true;
  // Compared as products so that exactly 30% counts (no floating division at the boundary).
  return rule.importantPercent !== undefined && from > 0 && d * 100 >= rule.importantPercent * from;
}

export function directionOf(from: number, to: number, measure: RecoveryMeasure): TrendDirection {
  if (!isImportantChange(from, to, measure)) return 'no_important_change';
  return (to > from) === measure.higherIsBetter ? 'better' : 'worse';
}

export function changeBetween(from: TrendPoint, to: TrendPoint, measure: RecoveryMeasure): Change {
  const change: Change = { from, to, change: to.value - from.value, direction: directionOf(from.value, to.value, measure) };
  if (from.value !== 0) change.percentChange = Math.round(((to.value - from.value) / from.value) * 1000) / 10;
  return change;
}

/** The trend of one measure over its points (oldest first). */
export function trendOf(measure: RecoveryMeasure & { readonly id: MeasureId }, points: readonly TrendPoint[]): Trend {
  const trend: Trend = {
    measure: measure.id,
    title: measure.title,
    scale: measure.scale,
    higherIsBetter: measure.higherIsBetter,
    count: points.length,
    direction: 'not_enough_data',
    rule: measure.rule,
    sources: [...measure.sources],
  };
  const first = points[0];
  const latest = points[points.length - 1];
  if (!first || !latest) return trend;
  trend.first = first;
  trend.latest = latest;
  if (points.length < 2) return trend;
  trend.overall = changeBetween(first, latest, measure);
  trend.direction = trend.overall.direction;
  trend.recent = changeBetween(recentReference(points, latest), latest, measure);
  trend.sentence = trendSentence(trend);
  return trend;
}

/** The last point at least a week before the latest; the first point when none is that old. */
function recentReference(points: readonly TrendPoint[], latest: TrendPoint): TrendPoint {
  const cutoff = latest.day - RECOVERY_THRESHOLDS.recentWindowDays;
  let ref = points[0]!;
  for (const p of points) {
    if (p.day > cutoff) break;
    ref = p;
  }
  return ref;
}

export function pointsOf(checkIns: readonly DatedCheckIn[], measure: MeasureId): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (const c of checkIns) {
    const value = measureValue(c.data, measure);
    if (value !== undefined) points.push({ date: c.date, day: c.day, value });
  }
  return points;
}

/** A trend for every measure, in the knowledge order. `checkIns` as `orderCheckIns` gives them. */
export function recoveryTrends(checkIns: readonly DatedCheckIn[]): Trend[] {
  return RECOVERY_MEASURES.map((m) => trendOf(m, pointsOf(checkIns, m.id)));
}

const SWELLING_WORDS = ['none', 'mild', 'moderate', 'severe'];
const WALKING_WORDS = ['under 5 minutes', '5 to 15 minutes', '15 to 30 minutes', '30 to 60 minutes', 'over an hour'];

const IMPORTANCE: Readonly<Record<TrendDirection, string>> = {
  better: ' A real improvement.',
  worse: ' A real change for the worse.',
  no_important_change: ' About the same.',
  not_enough_data: '',
};

/**
 * The trend in one sentence, first check-in against the latest: "Leg pain fell from 7 to 3 in
 * 4 days. A real improvement." Undefined with fewer than two check-ins recording it.
 */
export function trendSentence(t: Trend): string | undefined {
  const c = t.overall;
  if (!c) return undefined;
  const days = c.to.day - c.from.day;
  const span = `${days} ${days === 1 ? 'day' : 'days'}`;
  const importance = IMPORTANCE[c.direction];
  if (t.measure === 'swelling') {
    const [from, to] = [SWELLING_WORDS[c.from.value] ?? String(c.from.value), SWELLING_WORDS[c.to.value] ?? String(c.to.value)];
    if (c.change === 0) return `Knee swelling stayed ${from === 'none' ? 'at none' : from} over ${span}.${importance}`;
    return `Knee swelling went ${c.change < 0 ? 'down' : 'up'} from ${from} to ${to} in ${span}.${importance}`;
  }
  if (t.measure === 'walking_tolerance') {
    const [from, to] = [WALKING_WORDS[c.from.value] ?? String(c.from.value), WALKING_WORDS[c.to.value] ?? String(c.to.value)];
    if (c.change === 0) return `You could walk for ${from}, the same over ${span}.${importance}`;
    return `How long you could walk went ${c.change > 0 ? 'up' : 'down'} from ${from} to ${to} in ${span}.${importance}`;
  }
  const outOf = t.measure === 'sleep' ? ' out of 10' : '';
  if (c.change === 0) return `${t.title} stayed at ${c.to.value}${outOf} over ${span}.${importance}`;
  return `${t.title} ${c.change < 0 ? 'fell' : 'rose'} from ${c.from.value} to ${c.to.value}${outOf} in ${span}.${importance}`;
}
