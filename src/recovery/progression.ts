/**
 * Where the exercise plan stands and why: it starts at the article's phase for the day of the
 * first check-in, moves on to the next phase when that phase's time has come and the check-ins
 * show it is ready, and steps back one phase after a flare, judged by a pain-monitoring model
 * (knowledge/pain-monitoring.ts). Pure: the check-ins and `today` are inputs.
 *
 * It reads the check-ins in date order and changes the plan at most once per check-in. A flare
 * is judged only by upper limits on the latest pain or its rise over earlier pain, so a worse
 * latest check-in can never move the plan further on than a better one would.
 */
import { phaseForDuration } from '../engine/recovery-plan.js';
import { PAIN_MONITORING as M, PAIN_MONITORING_SOURCES, PAIN_MONITORING_TEXT } from '../knowledge/pain-monitoring.js';
import { RECOVERY_PHASES_INFO, RECOVERY_PHASE_BY_ID } from '../knowledge/recovery.js';
import type { RecoveryPhase } from '../schemas/assessment.js';
import type { CheckInInput } from '../schemas/checkin.js';
import type { PlanChange, Progression } from '../schemas/recovery.js';
import { orderCheckIns, type DatedCheckIn } from './check-ins.js';
import { daysBetween } from './dates.js';
import { swellingScore, walkingScore } from './measures.js';

export interface ProgressionInput {
  readonly onsetDate: string;
  readonly today: string;
  readonly checkIns: readonly CheckInInput[];
}

const PHASES: readonly RecoveryPhase[] = RECOVERY_PHASES_INFO.map((p) => p.id);
const SITES = ['knee', 'leg', 'back'] as const;
const SITE_WORDS = { knee: 'knee', leg: 'leg', back: 'back' } as const;

const phaseIndex = (p: RecoveryPhase) => PHASES.indexOf(p);
const phaseName = (p: RecoveryPhase) => RECOVERY_PHASE_BY_ID[p].articleTitle.toLowerCase();
const hasExercise = (c: CheckInInput) => c.exercisesDone.length > 0 || (c.sessions?.length ?? 0) > 0;

/** The latest check-in at least a week older than check-in `i`, if any. */
function weekBefore(list: readonly DatedCheckIn[], i: number): DatedCheckIn | undefined {
  const day = list[i]!.day;
  for (let j = i - 1; j >= 0; j--) if (day - list[j]!.day >= M.weekDays) return list[j];
  return undefined;
}

/** Reasons check-in `i` is a flare, in plain words; empty when it is not. */
export function flareReasons(list: readonly DatedCheckIn[], i: number): string[] {
  const c = list[i]!;
  const reasons: string[] = [];
  for (const s of c.data.sessions ?? []) {
    if (s.painDuring > M.exercisePainLimit) reasons.push(`Pain during exercise reached ${s.painDuring}/10 on ${c.date}, above the ${M.exercisePainLimit}/10 limit.`);
    if (s.painAfter > M.exercisePainLimit) reasons.push(`Pain after exercise was ${s.painAfter}/10 on ${c.date}, above the ${M.exercisePainLimit}/10 limit.`);
  }
  // The next morning: the check-in of the day after a session.
  const prev = list[i - 1];
  if (prev && c.day - prev.day === 1) {
    for (const s of prev.data.sessions ?? []) {
      const worst = worstPain(c.data);
      if (worst !== undefined && worst >= s.painBefore + M.notSettledRise) {
        reasons.push(`Pain had not settled by the next morning: ${worst}/10 on ${c.date}, against ${s.painBefore}/10 before the exercises the day before.`);
        break;
      }
    }
  }
  const week = weekBefore(list, i);
  if (week) {
    for (const site of SITES) {
      const now = c.data.pain[site], then = week.data.pain[site];
      if (now !== undefined && then !== undefined && now - then >= M.weeklyRise) {
        reasons.push(`${capitalise(SITE_WORDS[site])} pain went up from ${then}/10 to ${now}/10 in a week (${week.date} to ${c.date}).`);
      }
    }
    if (swellingScore(c.data.swelling) > swellingScore(week.data.swelling)) {
      reasons.push(`Knee swelling went up from ${week.data.swelling} to ${c.data.swelling} in a week.`);
    }
  }
  return reasons;
}

function worstPain(c: CheckInInput): number | undefined {
  const values = SITES.map((s) => c.pain[s]).filter((v): v is number => v !== undefined);
  return values.length ? Math.max(...values) : undefined;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

interface Readiness {
  ready: boolean;
  met: string[];
  missing: string[];
}

/** Whether check-in `i` shows the plan is ready to move on (the phase's time aside). */
function readiness(list: readonly DatedCheckIn[], i: number, lastChangeDay: number, flares: readonly string[][]): Readiness {
  const c = list[i]!;
  const met: string[] = [];
  const missing: string[] = [];
  const check = (ok: boolean, yes: string, no: string) => (ok ? met : missing).push(ok ? yes : no);

  const window = list.filter((x, j) => j <= i && c.day - x.day < M.windowDays);
  const windowStart = list.indexOf(window[0]!);
  const exerciseDays = window.filter((x) => hasExercise(x.data)).length;
  check(window.length >= M.minCheckIns, `${window.length} check-ins in the last ${M.windowDays} days`,
    `At least ${M.minCheckIns} check-ins in ${M.windowDays} days (${window.length} so far).`);
  check(exerciseDays >= M.minExerciseDays, `exercises on ${exerciseDays} of the last ${M.windowDays} days`,
    `Exercises on at least ${M.minExerciseDays} days in ${M.windowDays} (${exerciseDays} so far).`);
  const flareFree = flares.slice(windowStart, i + 1).every((f) => f.length === 0);
  check(flareFree, `pain during and after exercise within the ${M.exercisePainLimit}/10 limit and settled by the next morning`,
    `A week without a flare: pain during and after exercise at ${M.exercisePainLimit}/10 or less, settled by the next morning.`);
  const prev = list[i - 1];
  const higher = prev ? SITES.filter((s) => c.data.pain[s] !== undefined && prev.data.pain[s] !== undefined && c.data.pain[s]! > prev.data.pain[s]!) : [];
  check(higher.length === 0, 'pain no higher than at the check-in before', 'Pain no higher than at the check-in before.');
  const first = window[0]!;
  check(walkingScore(c.data.walkingTolerance) >= walkingScore(first.data.walkingTolerance), 'walking as far as a week ago or further',
    'Walking at least as far as a week ago.');
  const warning = c.data.weakness || Object.values(c.data.redFlags).some(Boolean);
  check(!warning, 'no new weakness or warning sign', 'No new weakness or warning sign at the check-in.');
  const daysIn = c.day - lastChangeDay;
  check(daysIn >= M.minDaysInPhase, `${daysIn} days since the plan last changed`, `At least ${M.minDaysInPhase} days since the plan last changed (${Math.max(0, daysIn)} so far).`);
  return { ready: missing.length === 0, met, missing };
}

/** The plan's phase on `today`, every change so far, and what it needs to move on. */
export function planProgression(input: ProgressionInput): Progression {
  const todayDay = daysBetween(input.onsetDate, input.today);
  const timePhase = phaseForDuration(todayDay);
  const list = orderCheckIns(input.onsetDate, input.checkIns, input.today);
  const base = { timePhase, rule: PAIN_MONITORING_TEXT, sources: [...PAIN_MONITORING_SOURCES] };
  if (list.length === 0) return { ...base, phase: timePhase, status: 'on_time', changes: [], toMoveOn: [] };

  const flares = list.map((_, i) => flareReasons(list, i));
  const first = list[0]!;
  let phase = phaseForDuration(first.day);
  let lastChangeDay = first.day;
  const changes: PlanChange[] = [{
    kind: 'start', date: first.date, day: first.day, to: phase,
    reasons: [`The plan starts in the ${phaseName(phase)}, the article's phase for day ${Math.max(0, first.day)} after the pain began.`],
  }];

  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (flares[i]!.length > 0) {
      if (phaseIndex(phase) > 0) {
        const to = PHASES[phaseIndex(phase) - 1]!;
        changes.push({ kind: 'stepped_back', date: c.date, day: c.day, from: phase, to, reasons: [...flares[i]!, `Back to the easier exercises of the ${phaseName(to)} for at least a week.`] });
        phase = to;
        lastChangeDay = c.day;
      }
      continue;
    }
    const due = phaseForDuration(c.day);
    if (phaseIndex(phase) >= phaseIndex(due)) continue;
    const r = readiness(list, i, lastChangeDay, flares);
    if (!r.ready) continue;
    const to = PHASES[phaseIndex(phase) + 1]!;
    changes.push({
      kind: 'progressed', date: c.date, day: c.day, from: phase, to,
      reasons: [`The time for the ${phaseName(to)} has come (day ${RECOVERY_PHASE_BY_ID[to].firstDay} on).`, `Your check-ins show you are ready: ${r.met.join('; ')}.`],
    });
    phase = to;
    lastChangeDay = c.day;
  }

  const latest = changes[changes.length - 1]!;
  const behind = phaseIndex(phase) < phaseIndex(timePhase);
  const last = list.length - 1;
  const toMoveOn = behind ? readiness(list, last, lastChangeDay, flares).missing : [];
  if (behind && todayDay - list[last]!.day > 1) toMoveOn.unshift('A check-in today: the plan moves on only at a check-in.');
  const status = !behind ? 'on_time' : latest.kind === 'stepped_back' ? 'stepped_back' : 'held';
  return { ...base, phase, status, changes, latest, toMoveOn };
}
