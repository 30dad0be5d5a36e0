/**
 * The summary of a recovery on a given day: where it stands in the article's programme, the
 * trends of each measure, alerts (red flags re-triaged first), the plan for the phase, and the
 * article's complications and tips that apply now. Pure: `today` is an input.
 */
import { planFor, painSitesOf, type PainSites } from '../engine/recovery-plan.js';
import { COMPLICATIONS, RECOVERY_TIPS, type ComplicationId } from '../knowledge/recovery.js';
import type { PatternId } from '../knowledge/patterns.js';
import type { Case } from '../schemas/case.js';
import type { CheckInInput } from '../schemas/checkin.js';
import type { Alert, RecoverySummary, SummaryComplication, SummaryTip } from '../schemas/recovery.js';
import { recoveryAlerts } from './alerts.js';
import type { MeasureRegion } from '../knowledge/measures/instrument.js';
import { measureProgress, type MeasureEntry } from './measure-progress.js';
import { orderCheckIns, type DatedCheckIn } from './check-ins.js';
import { daysBetween } from './dates.js';
import { phaseStatusOnDay } from './phase.js';
import { planProgression } from './progression.js';
import { recoveryTrends } from './trends.js';

export interface SummaryInput {
  readonly onsetDate: string;
  readonly today: string;
  readonly checkIns: readonly CheckInInput[];
  /** The case of the saved assessment the recovery began from, if any. */
  readonly baseCase?: Case;
  /** That assessment's patterns, to choose the exercises; without them the pain sites decide. */
  readonly patterns?: readonly PatternId[];
  /** The validated measures answered in this recovery. */
  readonly measureResults?: readonly MeasureEntry[];
}

export const RECOVERY_NOTICE =
  'This summary follows what you report at your check-ins. It is not a diagnosis and does not replace a clinician: if something worries you, get help sooner.';

export function summarizeRecovery(input: SummaryInput): RecoverySummary {
  const todayDay = daysBetween(input.onsetDate, input.today);
  const phase = phaseStatusOnDay(todayDay);
  const checkIns = orderCheckIns(input.onsetDate, input.checkIns, input.today);
  const latest = checkIns[checkIns.length - 1];
  const trends = recoveryTrends(checkIns);
  const measures = measureProgress({ onsetDate: input.onsetDate, today: input.today, results: input.measureResults ?? [], sites: measureSites(input.baseCase, latest) });
  const alerts = recoveryAlerts({ todayDay, checkIns, trends, baseCase: input.baseCase, measures });
  // The exercises follow the plan's phase, which the check-ins may hold back or step back.
  const progression = planProgression(input);
  const plan = planFor(progression.phase, input.patterns ?? [], sitesOf(input.baseCase, latest));

  const summary: RecoverySummary = {
    onsetDate: input.onsetDate,
    today: input.today,
    phase,
    checkIns: { count: checkIns.length },
    trends,
    alerts,
    plan,
    progression,
    complications: complicationsNow(phase.phase, alerts),
    tips: tipsNow(phase.phase, alerts),
    measures,
    notice: RECOVERY_NOTICE,
  };
  if (checkIns[0] && latest) {
    summary.checkIns.first = checkIns[0].date;
    summary.checkIns.latest = latest.date;
    summary.checkIns.daysSinceLatest = todayDay - latest.day;
  }
  if (alerts[0]) summary.topSeverity = alerts[0].severity;
  return summary;
}

function sitesOf(baseCase: Case | undefined, latest: DatedCheckIn | undefined): PainSites {
  const base = painSitesOf(baseCase?.pain, baseCase?.evidence);
  const now = painSitesOf(latest?.data.pain, undefined);
  return { knee: base.knee || now.knee, backOrLeg: base.backOrLeg || now.backOrLeg };
}

/** The pain sites the measures fit, from the base case and the latest check-in; undefined when neither says (every measure is offered). */
function measureSites(baseCase: Case | undefined, latest: DatedCheckIn | undefined): Set<MeasureRegion> | undefined {
  if (!baseCase && !latest) return undefined;
  const sites = sitesOf(baseCase, latest);
  const out = new Set<MeasureRegion>();
  if (sites.knee) out.add('knee');
  if (sites.backOrLeg) {
    out.add('back');
    out.add('leg');
  }
  return out.size > 0 ? out : undefined;
}

function flaggedBy(alerts: readonly Alert[]): Map<ComplicationId, string[]> {
  const flagged = new Map<ComplicationId, string[]>();
  for (const a of alerts) {
    if (!a.complication) continue;
    const ids = flagged.get(a.complication.id) ?? [];
    ids.push(a.id);
    flagged.set(a.complication.id, ids);
  }
  return flagged;
}

/** The phase's complications to watch, and any flagged now even outside its phase. */
function complicationsNow(phase: RecoverySummary['phase']['phase'], alerts: readonly Alert[]): SummaryComplication[] {
  const flagged = flaggedBy(alerts);
  return COMPLICATIONS.filter((c) => c.phases.includes(phase) || flagged.has(c.id)).map((c) => ({
    id: c.id,
    articleTitle: c.articleTitle,
    text: c.text,
    whatToDo: c.whatToDo,
    detection: c.detection,
    flagged: flagged.has(c.id),
    alertIds: flagged.get(c.id) ?? [],
    sources: [...c.sources],
  }));
}

function tipsNow(phase: RecoverySummary['phase']['phase'], alerts: readonly Alert[]): SummaryTip[] {
  const flagged = flaggedBy(alerts);
  return RECOVERY_TIPS.filter((t) => t.phases.includes(phase)).map((t) => ({
    id: t.id,
    articleTitle: t.articleTitle,
    text: t.text,
    highlighted: t.answers.some((c) => flagged.has(c)),
    sources: [...t.sources],
  }));
}
