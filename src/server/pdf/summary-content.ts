/**
 * What the one-page summary says, in reading order, as plain text: the triage card first, then
 * red flags, the patterns the picture is consistent with, mechanisms, whom to see, treatments
 * with their verdicts and personal cautions, the plan, the safety net, and the notice that this
 * is not a diagnosis. Pure; the PDF writer only lays it out.
 */
import type { Assessment, TreatmentAdvice, Verdict } from '../../schemas/assessment.js';
import type { Case } from '../../schemas/case.js';
import type { TriageLevel } from '../../knowledge/triage-levels.js';

export interface SummarySection {
  heading: string;
  items: string[];
}

export interface SummaryContent {
  title: string;
  /** Who and when: the case's context and the date made. */
  subtitle: string;
  triage: { level: TriageLevel; title: string; action: string; timeframe: string; because: string[] };
  sections: SummarySection[];
  notice: string[];
}

const LIKELIHOOD_WORDS = { high: 'strongly', moderate: 'moderately', low: 'weakly' } as const;
const VERDICT_WORDS: Record<Verdict, string> = {
  recommended: 'Recommended by guidelines',
  consider: 'Worth considering',
  refer: 'Worth asking about a referral',
  not_recommended: 'Not recommended by guidelines',
  no_verdict: 'No guideline verdict',
};
const CAUTION_WORDS = { avoid: 'Avoid', ask_doctor: 'Ask your doctor first', ask_pharmacist: 'Ask a pharmacist first', note: 'Note' } as const;

function caseLine(c: Case): string {
  const parts = [`Age ${c.age}`];
  if (c.sex) parts.push(c.sex);
  if (c.durationDays !== undefined) parts.push(`${c.durationDays} day${c.durationDays === 1 ? '' : 's'} of symptoms`);
  if (c.course) parts.push(c.course);
  const pain = Object.entries(c.pain ?? {}).map(([site, score]) => `${site} ${score}/10`);
  if (pain.length) parts.push(`pain: ${pain.join(', ')}`);
  return parts.join(', ');
}

function treatmentItems(treatments: readonly TreatmentAdvice[]): string[] {
  const shown = treatments.filter((t) => t.relevant && t.suitability !== 'avoid');
  const items: string[] = [];
  for (const verdict of ['recommended', 'consider', 'refer', 'not_recommended'] as const) {
    const titles = shown.filter((t) => t.verdict === verdict).map((t) => t.title);
    if (titles.length) items.push(`${VERDICT_WORDS[verdict]}: ${titles.join('; ')}.`);
  }
  const avoid = treatments.filter((t) => t.relevant && t.suitability === 'avoid').map((t) => t.title);
  if (avoid.length) items.push(`Not for you now: ${avoid.join('; ')}.`);
  const seen = new Set<string>();
  for (const t of treatments) {
    if (!t.relevant) continue;
    for (const c of t.cautions) {
      if (c.severity === 'note' || seen.has(c.text)) continue;
      seen.add(c.text);
      items.push(`${CAUTION_WORDS[c.severity]}: ${c.text}`);
    }
  }
  return items;
}

export function summaryContent(assessment: Assessment, c: Case, madeOn: string): SummaryContent {
  const plan = assessment.recoveryPlan;
  const sections: SummarySection[] = [
    { heading: 'Red flags', items: assessment.redFlags.map((r) => `${r.title}: ${r.whatToDo}`) },
    {
      heading: 'What the picture is consistent with (not a diagnosis)',
      items: assessment.patterns.map((p) => `${p.title} (${LIKELIHOOD_WORDS[p.likelihood]} consistent)`),
    },
    { heading: 'How knee and leg may be linked here', items: assessment.mechanisms.map((m) => m.title) },
    { heading: 'Whom to see', items: assessment.whomToSee.map((w) => `${w.title}: ${w.why}`) },
    { heading: 'Treatments, with what guidelines say', items: treatmentItems(assessment.treatments) },
    {
      heading: `Plan: ${plan.title}`,
      items: [`${plan.timeline}. ${plan.focus}`, ...(plan.exercises.length ? [`Exercises: ${plan.exercises.map((e) => e.title).join('; ')}.`] : [])],
    },
    { heading: 'Get help sooner if', items: [...assessment.safetyNet] },
  ].filter((s) => s.items.length > 0);

  return {
    title: 'Knee and leg pain: summary',
    subtitle: `${caseLine(c)}. Made on ${madeOn} by Knee–Sciatica Navigator (engine ${assessment.engineVersion}).`,
    triage: {
      level: assessment.triage.level,
      title: assessment.triage.title,
      action: assessment.triage.action,
      timeframe: assessment.triage.timeframe,
      because: [...assessment.triage.because],
    },
    sections,
    notice: [...(assessment.ageNotice ? [assessment.ageNotice] : []), assessment.notice, ...(assessment.unansweredNotice ? [assessment.unansweredNotice] : [])],
  };
}
