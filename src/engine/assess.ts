/**
 * `assess(case)`: the whole assessment of the contract. Pure and deterministic: the same case
 * always gives the same answer; no I/O, no clock, no randomness.
 */
import type { Assessment } from '../schemas/assessment.js';
import type { Case } from '../schemas/case.js';
import { mechanismHits } from './mechanisms.js';
import { patternHits, scorePatterns } from './patterns.js';
import { toView } from './conditions.js';
import { recoveryPlan } from './recovery-plan.js';
import { whomToSee } from './referral.js';
import { NOT_A_DIAGNOSIS, ageNotice, safetyNet } from './safety-net.js';
import { unansweredNotice, unansweredRedFlagQuestions } from './screening.js';
import { matchedReferrals, matchedTreatments, stratifiedCare } from './stratified-care.js';
import { adviseTreatments } from './treatments.js';
import { fireRules, outcomeOf } from './triage.js';
import { parseCase } from './validate.js';

/** Bumped whenever a rule, weight or verdict changes, so stored assessments say what made them. */
export const ENGINE_VERSION = '2.2.0';

/** Assesses a case. Throws CaseValidationError (naming the field) for a malformed case. */
export function assess(input: unknown): Assessment {
  return assessValid(parseCase(input));
}

/** Assesses a case already validated against CaseSchema (the server's route schema did it). */
export function assessValid(c: Case): Assessment {
  const view = toView(c);
  const { triage, redFlags } = outcomeOf(fireRules(view));
  const scored = scorePatterns(view);
  const patternIds = scored.map((p) => p.id);
  const unanswered = unansweredRedFlagQuestions(view);
  // After the triage, and only from the answers: it never changes the level or the red flags.
  const care = stratifiedCare(c, triage.level, patternIds);
  const treatments = adviseTreatments(c, { patterns: patternIds, redFlags: redFlags.map((r) => r.id), view });
  return {
    // Always present, first, as the contract shows it; undefined (so left out of JSON) when absent.
    // A fixed shape keeps V8's fast objects: building it by spreading cost more than the rules.
    id: c.id,
    engineVersion: ENGINE_VERSION,
    triage,
    redFlags,
    patterns: patternHits(scored),
    mechanisms: mechanismHits(view, scored),
    unanswered,
    unansweredNotice: unansweredNotice(unanswered),
    ageNotice: ageNotice(c.age),
    whomToSee: matchedReferrals(whomToSee(triage.level, redFlags, scored), care),
    treatments: matchedTreatments(treatments, care),
    recoveryPlan: recoveryPlan(c, patternIds, view),
    stratifiedCare: care,
    safetyNet: safetyNet(view, triage.level),
    notice: NOT_A_DIAGNOSIS,
  };
}
