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
