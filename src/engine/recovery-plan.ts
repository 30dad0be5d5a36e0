/**
 * The recovery plan of an assessment: the article's phase for how long the pain has lasted,
 * with that phase's exercises chosen for the picture (knee, back and sciatica, or both), the
 * complications to watch and the tips. Everything that does not depend on the case is built
 * once at module load; a call only picks from prebuilt, frozen pieces.
 */
import { RECOVERY_PHASES_INFO, RECOVERY_PHASE_BY_ID, COMPLICATIONS, RECOVERY_TIPS } from '../knowledge/recovery.js';
import { EXERCISES, EXERCISE_STOP_RULES, EXERCISE_TARGET_TITLES, type ExerciseDose, type ExerciseInfo } from '../knowledge/exercises.js';
import { PATTERN_IDS, type PatternId } from '../knowledge/patterns.js';
import { plainTitle } from '../knowledge/plain-title.js';
import type { Case, Evidence, Pain } from '../schemas/case.js';
import type { Exercise, RecoveryPhase, RecoveryPlan } from '../schemas/assessment.js';
import type { EvidenceId } from '../knowledge/evidence.js';
import { Interner } from './intern.js';
import { evidenceIndex, isYes, type CaseView } from './conditions.js';

/** The article's phase for a number of days since onset: 0-14 acute, 15-42 subacute, 43+ rehabilitation. */
export function phaseForDuration(durationDays?: number): RecoveryPhase {
  if (durationDays === undefined || !Number.isFinite(durationDays) || durationDays < 0) return 'acute';
  const day = Math.floor(durationDays);
  for (const p of RECOVERY_PHASES_INFO) if (day <= p.lastDay) return p.id;
  return 'rehabilitation';
}

/** Where the trouble is, when no pattern says: from pain scores and body-map answers. */
export interface PainSites {
  readonly knee: boolean;
  readonly backOrLeg: boolean;
}

const KNEE_EVIDENCE: readonly EvidenceId[] = ['knee_pain', 'knee_swelling'];
const BACK_EVIDENCE: readonly EvidenceId[] = ['low_back_pain', 'buttock_pain', 'leg_pain_to_knee', 'leg_pain_below_knee', 'numbness_tingling'];

export function painSitesOf(pain: Pain | undefined, evidence: Evidence | undefined): PainSites {
  return {
    knee: (pain?.knee ?? 0) > 0 || anyTrue(evidence, KNEE_EVIDENCE),
    backOrLeg: (pain?.back ?? 0) > 0 || (pain?.leg ?? 0) > 0 || anyTrue(evidence, BACK_EVIDENCE),
  };
}

function anyTrue(evidence: Evidence | undefined, ids: readonly EvidenceId[]): boolean {
  if (evidence === undefined) return false;
  for (const id of ids) if (evidence[id] === true) return true;
  return false;
}

// Stand-in patterns for the fallback by pain site: any knee pattern selects the knee exercises.
const KNEE_STAND_IN: PatternId = 'knee_osteoarthritis';
const BACK_STAND_IN: PatternId = 'nonspecific_low_back_pain';

// ---------------------------------------------------------------------------------------------
// Built once

/** A dose in words: "2 sets of 10, hold 3 seconds, once a day". */
export function doseText(d: ExerciseDose): string {
  const parts: string[] = [];
  if (d.sets !== undefined && d.reps !== undefined) parts.push(`${d.sets} ${d.sets === 1 ? 'set' : 'sets'} of ${d.reps}`);
  else if (d.reps !== undefined) parts.push(`${d.reps} times`);
  if (d.holdSeconds !== undefined) parts.push(`hold ${d.holdSeconds} seconds`);
  if (d.minutes !== undefined) parts.push(`${d.minutes} minutes`);
  parts.push(d.frequency);
  return parts.join(', ');
}

function toExercise(e: ExerciseInfo): Exercise {
  const stops = [...e.stopIf, ...EXERCISE_STOP_RULES];
  return Object.freeze({
    id: e.id,
    title: e.title,
    targets: Object.freeze(e.targets.map((t) => EXERCISE_TARGET_TITLES[t])) as string[],
    kind: e.kind,
    how: e.steps.join(' '),
    dose: doseText(e.dose),
    progression: e.progression,
    stopIf: `Stop if you feel ${stops.join('; ')}.`,
    sources: Object.freeze([...e.sources]) as Exercise['sources'],
  });
}

interface PhasePieces {
  readonly exercises: readonly { readonly info: ExerciseInfo; readonly view: Exercise }[];
  /** For each pattern, the indexes into `exercises` that suit it. */
  readonly byPattern: Readonly<Record<PatternId, readonly number[]>>;
  readonly base: Omit<RecoveryPlan, 'exercises'>;
}

function buildPhase(phase: RecoveryPhase): PhasePieces {
  const info = RECOVERY_PHASE_BY_ID[phase];
  const exercises = EXERCISES.filter((e) => e.phases.includes(phase)).map((e) => ({ info: e, view: toExercise(e) }));
  const byPattern = {} as Record<PatternId, number[]>;
  for (const p of PATTERN_IDS) byPattern[p] = exercises.flatMap((e, i) => (e.info.patterns.includes(p) ? [i] : []));
  const base: Omit<RecoveryPlan, 'exercises'> = {
    phase,
    title: info.title,
    timeline: info.timeline,
    focus: info.focus,
    goals: Object.freeze([...info.goals]) as string[],
    complicationsToWatch: Object.freeze(
      COMPLICATIONS.filter((c) => c.phases.includes(phase)).map((c) => Object.freeze({ id: c.id, text: `${plainTitle(c.articleTitle)}. ${c.text}`, action: c.whatToDo })),
    ) as RecoveryPlan['complicationsToWatch'],
    tips: Object.freeze(
      RECOVERY_TIPS.filter((t) => t.phases.includes(phase)).map((t) => Object.freeze({ id: t.id, title: plainTitle(t.articleTitle), text: t.text })),
    ) as RecoveryPlan['tips'],
    sources: Object.freeze([...info.sources]) as RecoveryPlan['sources'],
  };
  return { exercises, byPattern, base: Object.freeze(base) };
}

const PIECES: Readonly<Record<RecoveryPhase, PhasePieces>> = {
  acute: buildPhase('acute'),
  subacute: buildPhase('subacute'),
  rehabilitation: buildPhase('rehabilitation'),
};

// ---------------------------------------------------------------------------------------------
// Per call

/**
 * The plan for a phase. Exercises suit any of `patterns`; with no pattern that any exercise
 * suits, the pain sites decide (knee, back and leg, or both when nothing says).
 * Shared pieces are frozen: copy before changing them.
 */
export function planFor(phase: RecoveryPhase, patterns: readonly PatternId[], sites?: PainSites): RecoveryPlan {
  const pieces = PIECES[phase];
  const chosen = new Array<boolean>(pieces.exercises.length).fill(false);
  let any = false;
  const mark = (p: PatternId) => {
    for (const i of pieces.byPattern[p] ?? []) { chosen[i] = true; any = true; }
  };
  for (const p of patterns) mark(p);
  if (!any) {
    const knee = sites?.knee ?? false;
    const back = sites?.backOrLeg ?? false;
    if (knee || !back) mark(KNEE_STAND_IN);
    if (back || !knee) mark(BACK_STAND_IN);
  }
  // Few combinations occur, so each whole plan is built once and shared, frozen.
  const key: number[] = [RECOVERY_PHASES_INFO.findIndex((p) => p.id === phase)];
  for (let i = 0; i < chosen.length; i++) if (chosen[i]) key.push(i);
  return PLANS.get(key, () => {
    const exercises: Exercise[] = [];
    for (let i = 0; i < pieces.exercises.length; i++) if (chosen[i]) exercises.push(pieces.exercises[i]!.view);
    return { ...pieces.base, exercises };
  });
}

const PLANS = new Interner<RecoveryPlan>();

/** The recovery plan of a case: its phase from `durationDays`, exercises for its patterns. */
export function recoveryPlan(c: Case, patterns: readonly PatternId[], view?: CaseView): RecoveryPlan {
  return planFor(phaseForDuration(c.durationDays), patterns, view ? painSitesOfView(view) : painSitesOf(c.pain, c.evidence));
}

const KNEE_INDEX = KNEE_EVIDENCE.map(evidenceIndex);
const BACK_INDEX = BACK_EVIDENCE.map(evidenceIndex);

/** painSitesOf for the engine's own view of a case (answers as bits: no key lookups). */
function painSitesOfView(view: CaseView): PainSites {
  const pain = view.pain;
  return {
    knee: (pain?.knee ?? 0) > 0 || KNEE_INDEX.some((i) => isYes(view, i)),
    backOrLeg: (pain?.back ?? 0) > 0 || (pain?.leg ?? 0) > 0 || BACK_INDEX.some((i) => isYes(view, i)),
  };
}
