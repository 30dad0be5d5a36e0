/**
 * The interview, played by a simulated person who answers every question from a full case: the
 * way to measure how many screens a person meets and whether the interview ever ends less urgent
 * than the whole case (`npm run bench -- interview`, and the tests). An item the case leaves out
 * is answered "I don't know". On the first screen the person ticks an area when anything the case
 * has is there, and the numbness and weakness boxes when the case has them.
 */
import type { EvidenceId } from '../knowledge/evidence.js';
import { urgencyRank, type TriageLevel } from '../knowledge/triage-levels.js';
import type { Case, PartialCase } from '../schemas/case.js';
import type { Question } from '../schemas/interview.js';
import { applyAnswer, type AnswerValue } from './answers.js';
import { assess } from './assess.js';
import { nextQuestions } from './interview.js';

/** What puts a tick on each first-screen area: its own item, or anything of the case found there. */
const FOUND_IN: Readonly<Record<string, { evidence: readonly EvidenceId[]; pain?: 'knee' | 'leg' | 'back' }>> = {
  upper_back: { evidence: ['thoracic_back_pain'] },
  back: { evidence: ['low_back_pain'], pain: 'back' },
  buttock: { evidence: ['buttock_pain', 'deep_buttock_pain_sitting'] },
  hip: { evidence: ['groin_pain', 'hip_movement_pain'] },
  thigh: { evidence: ['thigh_pain', 'leg_pain_to_knee', 'leg_pain_below_knee'], pain: 'leg' },
  knee: {
    evidence: ['knee_pain', 'knee_swelling', 'knee_hot_red', 'knee_locked', 'knee_giving_way', 'knee_catching', 'knee_deformity', 'recent_knee_injury', 'knee_replacement', 'knee_pain_stairs_squat', 'knee_grinding'],
    pain: 'knee',
  },
  calf: { evidence: ['calf_pain', 'calf_swelling', 'calf_tenderness', 'leg_pain_below_knee', 'calf_pain_walking_eased_by_standing', 'leg_cold_pale'] },
  foot: { evidence: ['foot_pain', 'foot_drop'] },
  numb: { evidence: ['numbness_tingling', 'both_legs_numb_or_weak'] },
  weak: { evidence: ['leg_weakness', 'foot_drop', 'both_legs_numb_or_weak'] },
};

export interface SimulatedInterview {
  /** Screens the person met: one a question, or a few warning signs on one subject. */
  readonly screens: number;
  readonly asked: readonly string[];
  readonly level: TriageLevel;
  readonly redFlags: readonly string[];
  readonly fullLevel: TriageLevel;
  readonly fullRedFlags: readonly string[];
  /** The interview ended less urgent than the whole case. */
  readonly underTriaged: boolean;
  /** Red flags of the whole case the interview did not raise. */
  readonly missedRedFlags: readonly string[];
  /** The screen at which an emergency or same-day interruption first showed, if one did. */
  readonly interruptedAt?: number;
}

/** Questions a screen may hold: warning signs on one subject are asked together, each yes or no. */
export const SCREEN_SIZE = 5;

export function simulateInterview(full: Case, limit = 200): SimulatedInterview {
  let partial: PartialCase = {};
  const skipped: string[] = [];
  const asked: string[] = [];
  let interruptedAt: number | undefined;
  let screens = 0;
  for (let i = 0; i < limit; i++) {
    const step = nextQuestions(partial, { skipped, max: SCREEN_SIZE });
    if ((step.emergency || step.sameDay) && interruptedAt === undefined) interruptedAt = screens;
    if (step.done || step.questions.length === 0) break;
    screens++;
    for (const q of step.questions) {
      asked.push(q.id);
      const answer = answerFrom(full, q);
      if (answer === null) skipped.push(q.id);
      else partial = applyAnswer(partial, q, answer);
    }
  }
  if (partial.age === undefined) partial = { ...partial, age: full.age };
  const ours = assess(partial);
  const theirs = assess(full);
  const redFlags = ours.redFlags.map((r) => r.id);
  const fullRedFlags = theirs.redFlags.map((r) => r.id);
  return {
    screens,
    asked,
    level: ours.triage.level,
    redFlags,
    fullLevel: theirs.triage.level,
    fullRedFlags,
    underTriaged: urgencyRank(ours.triage.level) > urgencyRank(theirs.triage.level),
    missedRedFlags: fullRedFlags.filter((id) => !redFlags.includes(id)),
    ...(interruptedAt === undefined ? {} : { interruptedAt }),
  };
}

/** The answer the case gives to a question, or null for "I don't know". */
export function answerFrom(full: Case, q: Question): AnswerValue | null {
  const t = q.target;
  switch (t.kind) {
    case 'evidence':
      return full.evidence?.[t.id] ?? null;
    case 'pain':
      return full.pain?.[t.site] ?? null;
    case 'field':
      return full[t.field] ?? null;
    case 'body_map':
      return (q.options ?? []).filter((o) => isThere(full, o.value)).map((o) => o.value);
  }
}

function isThere(full: Case, area: string): boolean {
  const found = FOUND_IN[area];
  if (!found) return false;
  if (found.evidence.some((id) => full.evidence?.[id] === true)) return true;
  return found.pain !== undefined && (full.pain?.[found.pain] ?? 0) > 0;
}

/** Median, 90th percentile and maximum of a list of counts. */
export function spread(values: readonly number[]): { median: number; p90: number; max: number } {
  if (values.length === 0) return { median: 0, p90: 0, max: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p90: at(0.9), max: sorted[sorted.length - 1]! };
}
