/**
 * The validated measures of a recovery on a given day: which fit the picture, which are due (a
 * baseline first, then weekly; STarT Back once), each score over time from its baseline, the
 * band of change people do not notice around the baseline, and the change in a plain sentence
 * ("since 3 March 2026, your back function improved by 6 points (from 14 to 8), more than the 5
 * points people notice"). Pure: `today` is an input and the scores come from the scorers.
 */
import { MEASURE_INTERVAL_DAYS, MEASURE_SCHEDULE, SCORE_SUBJECTS } from '../knowledge/measure-schedule.js';
import { MEASURES, type MeasureId, type MeasureRegion } from '../knowledge/measures/index.js';
import { measureChange } from '../measures/change.js';
import { scoreMeasure } from '../measures/score.js';
import type { MeasureChange, MeasureResult } from '../schemas/measures.js';
import type { InstrumentProgress, MeasurePoint, MeasureProgress, MeasureSeries } from '../schemas/measure-results.js';
import { addDays, dateInWords, daysBetween } from './dates.js';

/** A stored result: the instrument, the day, and the answers (already checked when saved). */
export interface MeasureEntry {
  readonly instrument: MeasureId;
  readonly date: string;
  readonly answers: unknown;
}

export interface MeasureProgressInput {
  readonly onsetDate: string;
  readonly today: string;
  readonly results: readonly MeasureEntry[];
  /** The pain sites of the picture; undefined when nothing says (then every measure is offered). */
  readonly sites?: ReadonlySet<MeasureRegion>;
}

interface Scored {
  readonly date: string;
  readonly result: MeasureResult;
}

export function measureProgress(input: MeasureProgressInput): MeasureProgress {
  const byInstrument = new Map<MeasureId, Scored[]>();
  for (const r of [...input.results].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    if (r.date > input.today) continue;
    const list = byInstrument.get(r.instrument) ?? [];
    list.push({ date: r.date, result: scoreMeasure(r.instrument, r.answers) });
    byInstrument.set(r.instrument, list);
  }
  const instruments: InstrumentProgress[] = [];
  for (const schedule of MEASURE_SCHEDULE) {
    const scored = byInstrument.get(schedule.instrument) ?? [];
    const fits = input.sites === undefined || schedule.fits.some((s) => input.sites!.has(s));
    if (!fits && scored.length === 0) continue;
    instruments.push(progressOf(schedule.instrument, schedule.every, schedule.why, fits, scored, input));
  }
  return {
    instruments,
    due: instruments.filter((i) => i.fits && (i.status === 'baseline_due' || i.status === 'due')).map((i) => i.instrument),
  };
}

function progressOf(
  instrument: MeasureId, every: 'once' | 'weekly', why: string, fits: boolean, scored: readonly Scored[], input: MeasureProgressInput,
): InstrumentProgress {
  const m = MEASURES[instrument];
  const last = scored[scored.length - 1];
  const progress: InstrumentProgress = {
    instrument,
    title: m.title,
    shortTitle: m.shortTitle,
    why,
    attribution: m.licence.attribution,
    every,
    fits,
    status: 'baseline_due',
    count: scored.length,
    series: seriesOf(instrument, scored, input.onsetDate),
  };
  if (last) {
    progress.lastDate = last.date;
    if (every === 'once') progress.status = 'done';
    else {
      const next = addDays(last.date, MEASURE_INTERVAL_DAYS);
      progress.nextDue = next;
      progress.status = input.today >= next ? 'due' : 'up_to_date';
    }
    if (last.result.risk) progress.risk = { ...last.result.risk, date: last.date };
  }
  return progress;
}

/** One series per scale that has scores; a screening tool (no change threshold) keeps its points only. */
function seriesOf(instrument: MeasureId, scored: readonly Scored[], onsetDate: string): MeasureSeries[] {
  const m = MEASURES[instrument];
  const scales = instrument === 'start-back' ? m.scales.filter((s) => s.id === m.primaryScale) : m.scales;
  const out: MeasureSeries[] = [];
  for (const scale of scales) {
    const points: MeasurePoint[] = [];
    for (const s of scored) {
      const score = s.result.scores.find((x) => x.scale === scale.id);
      if (score) points.push({ date: s.date, day: daysBetween(onsetDate, s.date), value: score.value });
    }
    if (points.length === 0) continue;
    const series: MeasureSeries = { scale: scale.id, title: scale.title, min: scale.min, max: scale.max, higherIsBetter: scale.higherIsBetter, points };
    const baseline = points[0]!;
    const latest = points[points.length - 1]!;
    series.baseline = baseline;
    series.latest = latest;
    if (m.change) {
      series.band = bandAround(instrument, scale.id, baseline.value);
      if (points.length > 1) {
        const change = measureChange(instrument, scale.id, baseline.value, latest.value);
        series.change = change;
        series.sentence = sentenceOf(`${instrument}.${scale.id}`, change, baseline.date);
      }
    }
    out.push(series);
  }
  return out;
}

/**
 * Around the baseline, the scores whose change from it is smaller than the threshold: the
 * points, or the percent of the baseline where the source gives one (either is enough, so the
 * smaller decides), clamped to the scale.
 */
export function bandAround(instrument: MeasureId, scale: string, baseline: number): { low: number; high: number } {
  const m = MEASURES[instrument];
  const s = m.scales.find((x) => x.id === scale);
  const t = m.change;
  if (!s || !t) throw new Error(`${instrument}.${scale} has no change threshold`);
  const byPercent = t.percent !== undefined && baseline !== 0 ? (Math.abs(baseline) * t.percent) / 100 : Infinity;
  const half = Math.min(t.points, byPercent);
  const round = (x: number) => Math.round(x * 100) / 100;
  return { low: round(Math.max(s.min, baseline - half)), high: round(Math.min(s.max, baseline + half)) };
}

const pointsInWords = (n: number) => `${formatNumber(n)} ${n === 1 ? 'point' : 'points'}`;
const formatNumber = (n: number) => String(Math.round(n * 100) / 100);

/** The threshold as a person reads it: "the 5 points people notice"; the PSFS's is a real change, not one people notice. */
function thresholdInWords(change: MeasureChange): string {
  const t = change.threshold;
  return t.kind === 'mcid' ? `the ${pointsInWords(t.points)} people notice` : `the ${pointsInWords(t.points)} needed to be sure it is a real change`;
}

/** The change from the first score to the latest, in one sentence. */
export function sentenceOf(scoreKey: string, change: MeasureChange, firstDate: string): string {
  const subject = SCORE_SUBJECTS[scoreKey] ?? 'your score';
  const since = `Since ${dateInWords(firstDate)}, ${subject}`;
  const fromTo = `(from ${formatNumber(change.from)} to ${formatNumber(change.to)})`;
  const size = Math.abs(change.change);
  const threshold = thresholdInWords(change);
  if (change.direction === 'same') return `${since} is the same as at the start (${formatNumber(change.from)}).`;
  const verb = change.direction === 'better' ? 'improved' : 'got worse';
  if (!change.meaningful) return `${since} changed by ${pointsInWords(size)} ${fromTo}: less than ${threshold}, so not a clear change yet.`;
  const t = change.threshold;
  if (size < t.points && t.percent !== undefined && change.percentOfFirst !== null) {
    const comparison = change.percentOfFirst === t.percent ? 'as much as' : 'more than';
    return `${since} ${verb} by ${pointsInWords(size)} ${fromTo}, ${formatNumber(change.percentOfFirst)}% of where you started: ${comparison} the ${t.percent}% people notice.`;
  }
  const comparison = size === t.points ? 'as much as' : 'more than';
  return `${since} ${verb} by ${pointsInWords(size)} ${fromTo}, ${comparison} ${threshold}.`;
}
