/**
 * The short forms of an assessment that the summary at the top of the results, the printed
 * page and the PDF share: the top reasons, what to watch for, what to tell the clinician, and
 * the treatment options grouped by what they mean for this person. Pure: an assessment and its
 * case in, plain words out.
 */
import type { EvidenceId } from '../knowledge/evidence.js';
import { isSeenFirst } from '../knowledge/triage-levels.js';
import type { Assessment, TreatmentAdvice } from '../schemas/assessment.js';
import type { Case, PainSite } from '../schemas/case.js';

/** The reasons of the rules that set the level (the ones that matter most), at most `max`. */
export function topReasons(a: Assessment, max = 3): string[] {
  const atLevel = a.triage.rules.filter((r) => r.level === a.triage.level).map((r) => r.reason);
  const reasons = [...new Set(atLevel.length > 0 ? atLevel : a.triage.because)];
  return reasons.slice(0, max);
}

/**
 * What to watch for, at most `max`: at the levels where the person must be seen now or today,
 * only what to do if they cannot be or it gets worse on the way; otherwise the most urgent
 * warnings that fit, then when to come back.
 */
export function watchFor(a: Assessment, max = 3): string[] {
  const net = a.safetyNet;
  if (net.length === 0) return [];
  const last = net[net.length - 1]!;
  if (isSeenFirst(a.triage.level)) return [last];
  return [...net.slice(0, Math.max(0, Math.min(max - 1, net.length - 1))), last];
}

const SITE_WORDS: Readonly<Record<PainSite, string>> = { knee: 'knee pain', leg: 'leg pain', back: 'back pain' };

/** Where it hurts, from the body map, when no pain score was given. */
const WHERE: readonly [EvidenceId, string][] = [
  ['knee_pain', 'knee pain'],
  ['low_back_pain', 'lower back pain'],
  ['buttock_pain', 'buttock pain'],
  ['leg_pain_below_knee', 'pain running down the leg below the knee'],
  ['leg_pain_to_knee', 'pain running down the thigh'],
  ['groin_pain', 'groin pain'],
  ['thigh_pain', 'thigh pain'],
  ['calf_pain', 'calf pain'],
  ['foot_pain', 'foot pain'],
  ['thoracic_back_pain', 'upper back pain'],
];

/** Background a clinician needs at once: it changes what they look for or what they can give. */
const BACKGROUND: readonly [EvidenceId, string][] = [
  ['takes_anticoagulant', 'I take a blood thinner.'],
  ['pregnant', 'I am pregnant.'],
  ['postpartum', 'I gave birth (or a pregnancy ended) in the last 6 weeks.'],
  ['knee_replacement', 'I have a knee replacement on this side.'],
  ['recent_joint_injection', 'I had an injection or an operation on this knee in the last 3 months.'],
  ['recent_spinal_procedure', 'I had an operation or an injection in my back in the last 3 months.'],
  ['cancer_history', 'I have had cancer.'],
  ['immunosuppressed', 'My immune system is weak (for example from steroids or chemotherapy).'],
  ['injects_drugs', 'I inject drugs.'],
  ['previous_dvt_or_pe', 'I have had a blood clot before.'],
  ['recent_surgery_or_immobility', 'I had an operation, a plaster cast or a long time in bed or travelling in the last few weeks.'],
];

function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function since(days: number): string {
  const d = Math.floor(days);
  if (d <= 0) return 'today';
  if (d === 1) return 'yesterday';
  if (d < 14) return `${d} days ago`;
  if (d < 60) return `about ${Math.round(d / 7)} weeks ago`;
  if (d < 730) return `about ${Math.round(d / 30.4)} months ago`;
  return `about ${Math.round(d / 365)} years ago`;
}

const COURSE_WORDS = { improving: 'it is getting better', stable: 'it is about the same', worsening: 'it is getting worse' } as const;

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * What to tell the clinician, in the person's own voice: where it hurts and how much, since
 * when, the warning signs found, and the background that changes what a clinician can do.
 * Built only from what the person answered (never an unanswered or denied item).
 */
export function whatToSay(a: Assessment, c: Case): string[] {
  const out: string[] = [];
  const scored = (Object.keys(SITE_WORDS) as PainSite[]).filter((s) => c.pain?.[s] !== undefined && c.pain[s]! > 0);
  const evidence = c.evidence ?? {};
  const where = scored.length > 0
    ? scored.map((s) => `${SITE_WORDS[s]} (${c.pain![s]} out of 10)`)
    : WHERE.filter(([id]) => evidence[id] === true).map(([, words]) => words).slice(0, 3);
  if (where.length > 0) out.push(`I have ${joinWords(where)}.`);
  if (c.durationDays !== undefined) {
    out.push(`It started ${since(c.durationDays)}${c.course ? ` and ${COURSE_WORDS[c.course]}` : ''}.`);
  } else if (c.course) {
    out.push(`${COURSE_WORDS[c.course].charAt(0).toUpperCase()}${COURSE_WORDS[c.course].slice(1)}.`);
  }
  if (a.redFlags.length > 0) out.push(`The checker found ${a.redFlags.length === 1 ? 'this warning sign' : 'these warning signs'}: ${a.redFlags.map((r, i) => (i === 0 ? r.title : lowerFirst(r.title))).join('; ')}.`);
  for (const [id, words] of BACKGROUND) if (evidence[id] === true) out.push(words);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Treatments by what they mean for this person

export const TREATMENT_GROUPS = ['recommended', 'discuss', 'not_advised', 'not_for_picture'] as const;
export type TreatmentGroup = (typeof TREATMENT_GROUPS)[number];

/**
 * Recommended for the picture; may be considered (discuss it: "consider", a referral to ask
 * about, or no verdict); not advised (a guideline advises against it, or a caution says avoid
 * it for this person); not for this picture. An option guidelines advise against is never among
 * the first two, whatever else holds.
 */
export function treatmentGroup(t: TreatmentAdvice): TreatmentGroup {
  if (!t.relevant) return 'not_for_picture';
  if (t.verdict === 'not_recommended' || t.suitability === 'avoid') return 'not_advised';
  if (t.verdict === 'recommended') return 'recommended';
  return 'discuss';
}

export function groupTreatments(treatments: readonly TreatmentAdvice[]): Record<TreatmentGroup, TreatmentAdvice[]> {
  const groups: Record<TreatmentGroup, TreatmentAdvice[]> = { recommended: [], discuss: [], not_advised: [], not_for_picture: [] };
  for (const t of treatments) groups[treatmentGroup(t)].push(t);
  return groups;
}
