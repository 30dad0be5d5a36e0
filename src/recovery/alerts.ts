/**
 * Alerts from the check-ins, most serious first:
 * - a red flag ticked at a check-in, re-triaged at once by the engine with the person's context;
 * - pain or swelling getting worse (the article's first complication);
 * - sciatica still there after 6 weeks (its second; NICE NG59, Koes 2007);
 * - new or worse weakness (the progressive neurological deficit policy: same day);
 * - few exercises over the last week (its third: weakness from inactivity);
 * - a validated measure worse by more than the change that matters, since the first score or
 *   since the one before; and no change that matters in any of them 6 weeks after the first.
 */
// The engine's red-flag evaluation over a case whose answers may be incomplete (age may be unknown).
import { evaluateRedFlags } from '../engine/triage.js';
import { EVIDENCE_BY_ID, type EvidenceId } from '../knowledge/evidence.js';
import { RED_FLAGS, type RedFlagId } from '../knowledge/red-flags.js';
import {
  CHECKIN_RED_FLAG_FLOOR, COMPLICATION_BY_ID, RECOVERY_MEASURE_BY_ID, RECOVERY_PHASE_BY_ID, RECOVERY_THRESHOLDS,
  type CheckInRedFlagId, type ComplicationId, type MeasureId,
} from '../knowledge/recovery.js';
import type { SourceId } from '../knowledge/sources.js';
import { TRIAGE_LEVEL_INFO, urgencyRank, type TriageLevel } from '../knowledge/triage-levels.js';
import type { RedFlagHit } from '../schemas/assessment.js';
import type { Case, Evidence, PartialCase } from '../schemas/case.js';
import { CHECKIN_RED_FLAG_IDS } from '../schemas/checkin.js';
import type { Alert, AlertSeverity, Change, Trend } from '../schemas/recovery.js';
import type { MeasureProgress, MeasureSeries } from '../schemas/measure-results.js';
import { MEASURE_REVIEW, SCORE_SUBJECTS } from '../knowledge/measure-schedule.js';
import { MEASURES } from '../knowledge/measures/index.js';
import { measureChange } from '../measures/change.js';
import { ALERT_SEVERITIES } from '../schemas/recovery.js';
import type { DatedCheckIn } from './check-ins.js';
import { dateInWords, daysBetween } from './dates.js';

export interface AlertInput {
  /** Days from onset to today. */
  readonly todayDay: number;
  /** Check-ins up to today, oldest first (`orderCheckIns`). */
  readonly checkIns: readonly DatedCheckIn[];
  /** Trends of those check-ins (`recoveryTrends`). */
  readonly trends: readonly Trend[];
  /** The case of the assessment the recovery started from, for age and context. */
  readonly baseCase?: Case;
  /** The validated measures' progress (`measureProgress`). */
  readonly measures?: MeasureProgress;
}

export function recoveryAlerts(input: AlertInput): Alert[] {
  const latest = input.checkIns[input.checkIns.length - 1];
  const alerts: Alert[] = [];
  if (latest) alerts.push(...redFlagAlerts(latest, input.baseCase));
  const worse = worseningAlert(input.trends, latest);
  if (worse) alerts.push(worse);
  if (latest) {
    const sciatica = sciaticaAlert(latest);
    if (sciatica) alerts.push(sciatica);
    const weakness = weaknessAlert(latest, alerts);
    if (weakness) alerts.push(weakness);
  }
  const inactive = inactivityAlert(input.checkIns, input.todayDay);
  if (inactive) alerts.push(inactive);
  if (input.measures) {
    const worse = measureWorseAlert(input.measures);
    if (worse) alerts.push(worse);
    const flat = noImprovementAlert(input.measures);
    if (flat) alerts.push(flat);
  }
  return sortAlerts(alerts);
}

/** Most serious first: by severity, then triage level; otherwise in the order raised. */
export function sortAlerts(alerts: readonly Alert[]): Alert[] {
  const triageRank = (a: Alert) => (a.triageLevel === undefined ? Infinity : urgencyRank(a.triageLevel));
  return alerts
    .map((a, i) => ({ a, i }))
    .sort((x, y) => severityRank(x.a.severity) - severityRank(y.a.severity) || triageRank(x.a) - triageRank(y.a) || x.i - y.i)
    .map((x) => x.a);
}

export function severityRank(s: AlertSeverity): number {
  return ALERT_SEVERITIES.indexOf(s);
}

export function severityOf(level: TriageLevel): AlertSeverity {
  switch (level) {
    case 'emergency_ambulance':
    case 'emergency':
      return 'emergency';
    case 'consultation_24':
      return 'urgent';
    case 'consultation':
      return 'review';
    case 'self_care':
      return 'info';
  }
}

// ---------------------------------------------------------------------------------------------
// Red flags: re-triaged by the engine

/**
 * The case the engine re-checks: the base case's context (age only when known: age-dependent
 * rules are skipped otherwise), overlaid with what the check-in says now.
 */
export function recheckCase(checkIn: DatedCheckIn, baseCase?: Case): PartialCase & { evidence: Evidence } {
  const c = checkIn.data;
  const evidence: Evidence = { ...baseCase?.evidence };
  evidence.numbness_tingling = c.numbnessTingling;
  evidence.leg_weakness = c.weakness;
  evidence.knee_swelling = c.swelling !== 'none';
  if (c.pain.knee !== undefined) evidence.knee_pain = c.pain.knee > 0;
  if (c.pain.back !== undefined) evidence.low_back_pain = c.pain.back > 0;
  for (const id of CHECKIN_RED_FLAG_IDS) {
    const v = c.redFlags[id];
    if (v !== undefined) evidence[id] = v;
  }
  const out: PartialCase & { evidence: Evidence } = { durationDays: Math.max(0, checkIn.day), pain: { ...c.pain }, evidence };
  if (baseCase?.age !== undefined) out.age = baseCase.age;
  if (baseCase?.sex !== undefined) out.sex = baseCase.sex;
  return out;
}

/** What at this check-in can raise a red flag: every "yes" to a red-flag question, and check-in answers new since the base case. */
function triggersOf(checkIn: DatedCheckIn, evidence: Evidence, baseCase?: Case): Set<EvidenceId> {
  const triggers = new Set<EvidenceId>();
  for (const id of CHECKIN_RED_FLAG_IDS) if (checkIn.data.redFlags[id] === true) triggers.add(id);
  const derived: readonly EvidenceId[] = ['numbness_tingling', 'leg_weakness', 'knee_swelling', 'knee_pain', 'low_back_pain'];
  for (const id of derived) if (evidence[id] === true && baseCase?.evidence?.[id] !== true) triggers.add(id);
  return triggers;
}

export function redFlagAlerts(checkIn: DatedCheckIn, baseCase?: Case): Alert[] {
  const c = recheckCase(checkIn, baseCase);
  const triggers = triggersOf(checkIn, c.evidence, baseCase);
  if (triggers.size === 0) return [];
  const hits = evaluateRedFlags(c).filter((h) => h.because.some((id) => triggers.has(id)));
  const alerts = hits.map((h) => hitAlert(h, checkIn, triggers));

  // A ticked question that no raised red flag accounts for still gets its floor.
  const covered = new Set<string>(hits.flatMap((h) => h.because));
  const floors = new Map<string, { level: TriageLevel; because: CheckInRedFlagId[]; sources: SourceId[] }>();
  for (const id of CHECKIN_RED_FLAG_IDS) {
    if (checkIn.data.redFlags[id] !== true || covered.has(id)) continue;
    const floor = CHECKIN_RED_FLAG_FLOOR[id];
    if (floor.redFlag && hits.some((h) => h.id === floor.redFlag)) continue;
    const key = floor.redFlag ?? id;
    const seen = floors.get(key);
    if (seen) {
      seen.because.push(id);
      if (urgencyRank(floor.level) < urgencyRank(seen.level)) seen.level = floor.level;
      for (const s of floor.sources) if (!seen.sources.includes(s)) seen.sources.push(s);
    } else floors.set(key, { level: floor.level, because: [id], sources: [...floor.sources] });
  }
  for (const [key, f] of floors) alerts.push(floorAlert(key, f.level, f.because, f.sources, checkIn));
  return alerts;
}

function reported(ids: readonly string[]): string {
  const meanings = ids.map((id) => EVIDENCE_BY_ID[id as EvidenceId]?.meaning ?? id.replace(/_/g, ' '));
  if (meanings.length <= 1) return meanings.join('');
  return `${meanings.slice(0, -1).join('; ')} and ${meanings[meanings.length - 1]}`;
}

function hitAlert(h: RedFlagHit, checkIn: DatedCheckIn, triggers: ReadonlySet<EvidenceId>): Alert {
  const now = h.because.filter((id) => triggers.has(id as EvidenceId));
  return {
    id: `red_flag:${h.id}`,
    kind: 'red_flag',
    severity: severityOf(h.level),
    triageLevel: h.level,
    title: h.title,
    message: `At your check-in on ${dateInWords(checkIn.date)} you reported ${reported(now)}. ${h.explanation}`,
    whatToDo: `${TRIAGE_LEVEL_INFO[h.level].action} ${h.whatToDo}`,
    because: [...new Set(h.because)],
    date: checkIn.date,
    redFlag: h.id,
    sources: [...h.sources],
  };
}

function floorAlert(key: string, level: TriageLevel, because: readonly CheckInRedFlagId[], sources: SourceId[], checkIn: DatedCheckIn): Alert {
  const floor = CHECKIN_RED_FLAG_FLOOR[because[0]!];
  const redFlag = floor.redFlag ? RED_FLAGS[floor.redFlag] : undefined;
  const alert: Alert = {
    id: `red_flag:${key}`,
    kind: 'red_flag',
    severity: severityOf(level),
    triageLevel: level,
    title: redFlag?.title ?? floor.title ?? 'A warning sign at your check-in',
    message: `At your check-in on ${dateInWords(checkIn.date)} you reported ${reported(because)}. ${redFlag?.explanation ?? floor.explanation ?? ''}`.trim(),
    whatToDo: `${TRIAGE_LEVEL_INFO[level].action} ${redFlag?.whatToDo ?? floor.whatToDo ?? ''}`.trim(),
    because: [...because],
    date: checkIn.date,
    sources: [...new Set([...(redFlag?.sources ?? []), ...sources])],
  };
  if (floor.redFlag) alert.redFlag = floor.redFlag as RedFlagId;
  return alert;
}

// ---------------------------------------------------------------------------------------------
// The article's complications

function complicationRef(id: ComplicationId): NonNullable<Alert['complication']> {
  const c = COMPLICATION_BY_ID[id];
  return { id, articleTitle: c.articleTitle, text: c.text };
}

const WORSENING_MEASURES: readonly MeasureId[] = ['knee_pain', 'leg_pain', 'back_pain', 'swelling'];
const PAIN_MEASURES: ReadonlySet<MeasureId> = new Set(['knee_pain', 'leg_pain', 'back_pain']);

/** The change that shows the worsening: the week's when it is worse, else the overall one. */
function worseChange(t: Trend): Change | undefined {
  if (t.recent?.direction === 'worse') return t.recent;
  if (t.overall?.direction === 'worse') return t.overall;
  return undefined;
}

export function worseningAlert(trends: readonly Trend[], latest?: DatedCheckIn): Alert | undefined {
  const worse: { measure: MeasureId; change: Change }[] = [];
  for (const t of trends) {
    if (!WORSENING_MEASURES.includes(t.measure)) continue;
    const change = worseChange(t);
    if (change) worse.push({ measure: t.measure, change });
  }
  if (worse.length === 0) return undefined;
  const severe = worse.some((w) => PAIN_MEASURES.has(w.measure) && w.change.to.value >= RECOVERY_THRESHOLDS.severePain);
  const level: TriageLevel = severe ? 'consultation_24' : 'consultation';
  const parts = worse.map(({ measure, change }) =>
    `${RECOVERY_MEASURE_BY_ID[measure].title.toLowerCase()} from ${change.from.value} to ${change.to.value} (since ${dateInWords(change.from.date)})`);
  const complication = COMPLICATION_BY_ID.increased_pain_or_swelling;
  const sources = new Set<SourceId>(['article']);
  for (const w of worse) for (const s of RECOVERY_MEASURE_BY_ID[w.measure].sources) sources.add(s);
  const alert: Alert = {
    id: 'pain_or_swelling_worse',
    kind: 'pain_or_swelling_worse',
    severity: severityOf(level),
    triageLevel: level,
    title: 'Pain or swelling is getting worse',
    message: `Your check-ins show ${parts.join('; ')}: a clinically important rise. ${complication.text}`,
    whatToDo: severe
      ? `Severe pain that is getting worse should be seen today. ${TRIAGE_LEVEL_INFO.consultation_24.action}`
      : complication.whatToDo,
    because: worse.map((w) => w.measure),
    complication: complicationRef('increased_pain_or_swelling'),
    sources: [...sources],
  };
  if (latest) alert.date = latest.date;
  return alert;
}

export function sciaticaAlert(latest: DatedCheckIn): Alert | undefined {
  if (latest.day <= RECOVERY_THRESHOLDS.sciaticaReviewAfterDay) return undefined;
  const because: string[] = [];
  if ((latest.data.pain.leg ?? 0) > 0) because.push('leg_pain');
  if (latest.data.numbnessTingling) because.push('numbness_tingling');
  if (because.length === 0) return undefined;
  const complication = COMPLICATION_BY_ID.persistent_sciatica;
  const what = because.length === 2 ? 'leg pain and numbness or tingling' : because[0] === 'leg_pain' ? 'leg pain' : 'numbness or tingling';
  return {
    id: 'sciatica_persisting',
    kind: 'sciatica_persisting',
    severity: 'review',
    triageLevel: 'consultation',
    title: 'Sciatica symptoms are lasting past 6 weeks',
    message: `On ${dateInWords(latest.date)}, ${latest.day} days after the pain began, you still had ${what}. ${complication.text}`,
    whatToDo: complication.whatToDo,
    because,
    date: latest.date,
    complication: complicationRef('persistent_sciatica'),
    sources: ['article', 'nice_ng59', 'koes_2007', 'cks_sciatica'],
  };
}

/** New or worse weakness is seen the same day, unless a red-flag alert already says as much. */
export function weaknessAlert(latest: DatedCheckIn, raised: readonly Alert[]): Alert | undefined {
  if (!latest.data.weakness) return undefined;
  const covering: readonly string[] = ['progressive_neurological_deficit', 'cauda_equina_syndrome'];
  if (raised.some((a) => a.redFlag !== undefined && covering.includes(a.redFlag))) return undefined;
  const info = RED_FLAGS.progressive_neurological_deficit;
  return {
    id: 'weakness_new_or_worse',
    kind: 'weakness_new_or_worse',
    severity: 'urgent',
    triageLevel: 'consultation_24',
    title: 'New or worse weakness in the leg',
    message: `At your check-in on ${dateInWords(latest.date)} you reported new or worse weakness in the leg. ${info.explanation}`,
    whatToDo: `${TRIAGE_LEVEL_INFO.consultation_24.action} ${info.whatToDo}`,
    because: ['leg_weakness'],
    date: latest.date,
    redFlag: 'progressive_neurological_deficit',
    sources: [...info.sources],
  };
}

/** Exercises on too few of the last days, in the subacute or rehabilitation phase. */
export function inactivityAlert(checkIns: readonly DatedCheckIn[], todayDay: number): Alert | undefined {
  if (todayDay < RECOVERY_PHASE_BY_ID.subacute.firstDay) return undefined;
  const t = RECOVERY_THRESHOLDS;
  const inWindow = checkIns.filter((c) => c.day > todayDay - t.inactivityWindowDays && c.day <= todayDay);
  if (inWindow.length < t.inactivityMinCheckIns) return undefined;
  const exerciseDays = inWindow.filter((c) => c.data.exercisesDone.length > 0).length;
  if (exerciseDays >= t.inactivityMinExerciseDays) return undefined;
  const complication = COMPLICATION_BY_ID.muscle_weakness_atrophy;
  return {
    id: 'inactivity',
    kind: 'inactivity',
    severity: 'info',
    title: 'Few exercises this week',
    message: `You recorded exercises on ${exerciseDays} of your ${inWindow.length} check-ins in the last ${t.inactivityWindowDays} days. ${complication.text}`,
    whatToDo: complication.whatToDo,
    because: ['exercises_done'],
    complication: complicationRef('muscle_weakness_atrophy'),
    sources: [...complication.sources],
  };
}

// ---------------------------------------------------------------------------------------------
// Validated measures

/** A score as a person calls it: "your leg pain", "your back function score (Roland-Morris)". */
function scoreName(instrument: string, s: MeasureSeries): string {
  if (instrument === 'nprs') return `your ${s.title.replace(/, 0-10$/, '').toLowerCase()}`;
  const subject = SCORE_SUBJECTS[`${instrument}.${s.scale}`] ?? 'your score';
  return `${subject} score (${MEASURES[instrument as keyof typeof MEASURES].shortTitle})`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * A score worse by at least its threshold (the change people notice, or the PSFS's real change):
 * since the first score, or since the one just before (a sudden drop shows before the overall
 * trend does). One alert names every score that is worse.
 */
export function measureWorseAlert(progress: MeasureProgress): Alert | undefined {
  const worse: { instrument: string; series: MeasureSeries; from: { date: string; value: number }; to: { date: string; value: number }; change: number }[] = [];
  for (const p of progress.instruments) {
    if (!MEASURES[p.instrument].change) continue;
    for (const s of p.series) {
      const n = s.points.length;
      if (n < 2) continue;
      const latest = s.points[n - 1]!;
      for (const from of [s.points[0]!, s.points[n - 2]!]) {
        const c = measureChange(p.instrument, s.scale, from.value, latest.value);
        if (c.direction === 'worse' && c.meaningful) {
          worse.push({ instrument: p.instrument, series: s, from, to: latest, change: c.change });
          break;
        }
      }
    }
  }
  if (worse.length === 0) return undefined;
  const parts = worse.map((w) => `${scoreName(w.instrument, w.series)} went from ${w.from.value} to ${w.to.value} since ${dateInWords(w.from.date)}`);
  const latestDate = worse.map((w) => w.to.date).sort().at(-1);
  const alert: Alert = {
    id: 'measure_worse',
    kind: 'measure_worse',
    severity: 'review',
    triageLevel: 'consultation',
    title: MEASURE_REVIEW.worse.title,
    message: `${capitalise(parts.join('; '))}: worse by more than the change people notice.`,
    whatToDo: MEASURE_REVIEW.worse.whatToDo,
    because: [...new Set(worse.map((w) => `${w.instrument}.${w.series.scale}`))],
    sources: [...MEASURE_REVIEW.worse.sources],
  };
  if (latestDate) alert.date = latestDate;
  return alert;
}

/**
 * Six weeks (or more) from the first score to the latest, and no score better by the change
 * that matters: time for a clinician to review (the article: persistent symptoms need further
 * evaluation; NICE NG59). Only scores followed that long count; none, no alert.
 */
export function noImprovementAlert(progress: MeasureProgress): Alert | undefined {
  const followed: { instrument: string; series: MeasureSeries }[] = [];
  for (const p of progress.instruments) {
    if (!MEASURES[p.instrument].change) continue;
    for (const s of p.series) {
      if (s.baseline && s.latest && daysBetween(s.baseline.date, s.latest.date) >= MEASURE_REVIEW.noImprovement.afterDays) followed.push({ instrument: p.instrument, series: s });
    }
  }
  if (followed.length === 0) return undefined;
  if (followed.some(({ series }) => series.change?.direction === 'better' && series.change.meaningful)) return undefined;
  const first = followed.map((f) => f.series.baseline!.date).sort()[0]!;
  const latest = followed.map((f) => f.series.latest!.date).sort().at(-1)!;
  return {
    id: 'no_meaningful_improvement',
    kind: 'no_meaningful_improvement',
    severity: 'review',
    triageLevel: 'consultation',
    title: MEASURE_REVIEW.noImprovement.title,
    message: `From your first scores on ${dateInWords(first)} to ${dateInWords(latest)}, `
      + (followed.length === 1
        ? `${scoreName(followed[0]!.instrument, followed[0]!.series)} has not improved by as much as people notice. `
        : `none of your scores (${listInWords(followed.map((f) => scoreName(f.instrument, f.series)))}) has improved by as much as people notice. `)
      + MEASURE_REVIEW.noImprovement.text,
    whatToDo: MEASURE_REVIEW.noImprovement.whatToDo,
    because: followed.map((f) => `${f.instrument}.${f.series.scale}`),
    date: latest,
    sources: [...MEASURE_REVIEW.noImprovement.sources],
  };
}
