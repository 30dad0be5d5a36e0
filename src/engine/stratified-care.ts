/**
 * Stratified care: when the case carries the STarT Back answers, the treatment advice follows
 * the care matched to the risk group (knowledge/stratified-care.ts). Never above the triage: at
 * the levels where a person must be seen now or today nothing changes, and nothing here touches
 * the level, the red flags or the safety net. Pure.
 */
import { MEASURES } from '../knowledge/measures/index.js';
import type { PatternId } from '../knowledge/patterns.js';
import { BACK_PATTERNS, HILL_2011_MATCHED_PATHWAYS, MATCHED_CARE, NG59_RISK_STRATIFICATION, NOT_BACK_CARE, SEEN_FIRST_CARE, STRATIFIED_CARE_SOURCES } from '../knowledge/stratified-care.js';
import { SPECIALISTS } from '../knowledge/specialists.js';
import { isSeenFirst, type TriageLevel } from '../knowledge/triage-levels.js';
import type { SourceId } from '../knowledge/sources.js';
import { scoreStartBack } from '../measures/start-back.js';
import type { Referral, StratifiedCare, TreatmentAdvice } from '../schemas/assessment.js';
import type { Case } from '../schemas/case.js';
import type { StartBackAnswers } from '../schemas/measures.js';

/** Whether STarT Back fits the picture: back pain, or a pattern of sciatica from the back (Keele: back pain, with or without leg pain). */
export function startBackFits(c: Pick<Case, 'pain' | 'evidence'>, patterns: readonly PatternId[]): boolean {
  if (c.evidence?.low_back_pain === true || (c.pain?.back ?? 0) > 0) return true;
  return patterns.slice(0, 2).some((p) => BACK_PATTERNS.includes(p));
}

/** The care matched to the answers, or undefined when the case has none. */
export function stratifiedCare(c: Case, level: TriageLevel, patterns: readonly PatternId[]): StratifiedCare | undefined {
  if (!c.startBack) return undefined;
  const result = scoreStartBack(c.startBack as StartBackAnswers);
  const risk = result.risk!.code;
  const score = (scale: string) => result.scores.find((s) => s.scale === scale)!.value;
  const base = {
    instrument: 'start-back' as const,
    risk,
    riskTitle: result.risk!.display,
    total: score('total'),
    distress: score('distress'),
    attribution: MEASURES['start-back'].licence.attribution,
  };
  if (isSeenFirst(level)) {
    return { ...base, status: 'seen_first', ...SEEN_FIRST_CARE, steps: [], sourceWords: [NG59_RISK_STRATIFICATION], sources: [...STRATIFIED_CARE_SOURCES] };
  }
  if (!startBackFits(c, patterns)) {
    return { ...base, status: 'not_back_pain', ...NOT_BACK_CARE, steps: [], sourceWords: [NG59_RISK_STRATIFICATION], sources: ['keele_sbst', 'nice_ng59'] };
  }
  const care = MATCHED_CARE[risk];
  const sources = new Set<SourceId>([...care.sources, 'keele_sbst']);
  return {
    ...base,
    status: 'matched',
    title: care.title,
    summary: care.summary,
    steps: [...care.steps],
    sourceWords: [NG59_RISK_STRATIFICATION, HILL_2011_MATCHED_PATHWAYS, ...care.sourceWords],
    sources: [...sources],
  };
}

/**
 * Whom to see, with the physiotherapist's line in the words of the risk group: added when the
 * group's care starts with one (medium, high), never in place of the level's own destinations.
 */
export function matchedReferrals(referrals: readonly Referral[], care: StratifiedCare | undefined): Referral[] {
  if (care?.status !== 'matched') return referrals as Referral[];
  const matched = MATCHED_CARE[care.risk];
  const physio: Referral = { id: 'physiotherapist', title: SPECIALISTS.physiotherapist.title, why: matched.physiotherapist };
  const at = referrals.findIndex((r) => r.id === 'physiotherapist');
  if (at >= 0) return referrals.map((r, i) => (i === at ? physio : r));
  return matched.physiotherapistFirst ? [...referrals, physio] : [...referrals];
}

/** The treatment options the group's care starts with come first; the rest keep their order. Nothing else changes. */
export function matchedTreatments(treatments: readonly TreatmentAdvice[], care: StratifiedCare | undefined): TreatmentAdvice[] {
  if (care?.status !== 'matched') return treatments as TreatmentAdvice[];
  const first = MATCHED_CARE[care.risk].treatmentsFirst;
  const rank = (t: TreatmentAdvice) => {
    const i = first.indexOf(t.id);
    return i < 0 ? first.length : i;
  };
  return treatments.map((t, i) => ({ t, i })).sort((a, b) => rank(a.t) - rank(b.t) || a.i - b.i).map((x) => x.t);
}
