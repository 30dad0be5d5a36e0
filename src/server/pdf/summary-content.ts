/**
 * What the one-page summary says, in reading order, as plain text: the triage card first (with
 * the reasons that set the level), what to tell the clinician, red flags, the patterns the
 * picture is consistent with, mechanisms, whom to see, treatments grouped by what they mean for
 * this person, the plan, the safety net, and the notice that this is not a diagnosis. At the
 * levels where the person must be seen now or today there are no treatments, plan or links:
 * only what to do, what to say and the summary to show (hazard H3). Pure; the PDF writer only
 * lays it out.
 */
import type { Assessment, TreatmentAdvice } from '../../schemas/assessment.js';
import type { Case } from '../../schemas/case.js';
import { isSeenFirst, type TriageLevel } from '../../knowledge/triage-levels.js';
import { groupTreatments, topReasons, whatToSay } from '../../engine/handover.js';

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

const GROUP_WORDS = {
  recommended: 'Recommended for this picture',
  discuss: 'May be considered: discuss',
  not_advised: 'Not advised (guidelines advise against, or a caution applies)',
} as const;

function treatmentItems(treatments: readonly TreatmentAdvice[]): string[] {
  const groups = groupTreatments(treatments);
  const items: string[] = [];
  for (const group of ['recommended', 'discuss', 'not_advised'] as const) {
    // A referral verdict is one to discuss: the person asks about a referral.
    const titles = groups[group].map((t) => (t.verdict === 'refer' ? `${t.title} (ask about a referral)` : t.title));
    if (titles.length) items.push(`${GROUP_WORDS[group]}: ${titles.join('; ')}.`);
  }
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
  const seenFirst = isSeenFirst(assessment.triage.level);
  const sections: SummarySection[] = [
    { heading: 'What to tell the clinician', items: whatToSay(assessment, c) },
    { heading: 'Red flags', items: assessment.redFlags.map((r) => `${r.title}: ${r.whatToDo}`) },
    {
      heading: 'What the picture is consistent with (not a diagnosis)',
      items: assessment.patterns.map((p) => `${p.title} (${LIKELIHOOD_WORDS[p.likelihood]} consistent)`),
    },
    ...(seenFirst ? [] : [{ heading: 'How knee and leg may be linked here', items: assessment.mechanisms.map((m) => m.title) }]),
    { heading: 'Whom to see', items: assessment.whomToSee.map((w) => `${w.title}: ${w.why}`) },
    ...(assessment.stratifiedCare
      ? [{
          heading: `STarT Back: ${assessment.stratifiedCare.riskTitle.toLowerCase()} (score ${assessment.stratifiedCare.total} of 9, distress ${assessment.stratifiedCare.distress} of 5)`,
          items: [`${assessment.stratifiedCare.title}. ${assessment.stratifiedCare.summary}`, assessment.stratifiedCare.attribution],
        }]
      : []),
    ...(seenFirst
      ? []
      : [
          { heading: 'Treatments, with what guidelines say', items: treatmentItems(assessment.treatments) },
          {
            heading: `Plan: ${plan.title}`,
            items: [`${plan.timeline}. ${plan.focus}`, ...(plan.exercises.length ? [`Exercises: ${plan.exercises.map((e) => e.title).join('; ')}.`] : [])],
          },
        ]),
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
      because: topReasons(assessment),
    },
    sections,
    notice: [...(assessment.ageNotice ? [assessment.ageNotice] : []), assessment.notice, ...(assessment.unansweredNotice ? [assessment.unansweredNotice] : [])],
  };
}
