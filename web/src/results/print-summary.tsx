/**
 * The printed page: one A4 sheet for a clinician, shown only in print. It says what the screen
 * says, summary first, in a denser form: the advice and why, what the person says, the warning
 * signs, what the answers fit, and (when home care is in question at all) the treatments and the
 * plan, then the safety net and the answers given.
 */
import type { Assessment } from '../api/types.js';
import { useRegion } from '../region/region.js';
import type { StoredResults } from '../storage.js';
import { groupTreatments, topReasons, whatToSay } from '../../../src/engine/handover.js';
import { isSeenFirst } from '../../../src/knowledge/triage-levels.js';
import { describeAnswer } from '../interview/answers.js';
import type { EvidenceWords } from './evidence-words.js';
import { LEVEL_LOOK, LIKELIHOOD_LABEL } from './labels.js';
import { actionFor } from './result-summary.js';
import { GROUP_TITLES } from './treatment-list.js';

function caseLine(results: StoredResults, createdAt: string | undefined): string {
  const c = results.case;
  const parts = [`Age ${c.age}`];
  if (c.sex) parts.push(c.sex);
  if (c.durationDays !== undefined) parts.push(`pain for ${c.durationDays} ${c.durationDays === 1 ? 'day' : 'days'}`);
  if (c.course) parts.push(c.course);
  return `${parts.join(', ')}.${createdAt ? ` Saved ${createdAt.slice(0, 10)}.` : ''}`;
}

function Treatments({ assessment }: { assessment: Assessment }) {
  const g = groupTreatments(assessment.treatments);
  return (
    <div class="ps-block">
      <h2>Treatments, by what guidelines say for this picture</h2>
      {(['recommended', 'discuss', 'not_advised'] as const).map((k) =>
        g[k].length === 0 ? null : (
          <p key={k}>
            <strong>{GROUP_TITLES[k].split(':')[0]}: </strong>
            {g[k].map((t) => t.title).join('; ')}.
          </p>
        ),
      )}
      {[...new Set(g.recommended.concat(g.discuss, g.not_advised).flatMap((t) => t.cautions.filter((c) => c.severity !== 'note').map((c) => c.text)))].map((text) => (
        <p key={text} class="ps-caution">
          Caution: {text}
        </p>
      ))}
    </div>
  );
}

export function PrintSummary({ results, createdAt, words }: { results: StoredResults; createdAt?: string | undefined; words: EvidenceWords }) {
  const [region] = useRegion();
  const a = results.assessment;
  const seenFirst = isSeenFirst(a.triage.level);
  const yes = results.answers.filter((x) => x.value === true || (x.question.kind !== 'yes_no' && x.value !== null && x.value !== undefined));
  return (
    <section class="print-summary print-only" aria-hidden="true" data-print-summary>
      <p class="ps-title">
        <strong>Knee–Sciatica Navigator: summary for a clinician.</strong> {caseLine(results, createdAt)} Not a diagnosis.
      </p>
      <div class={`ps-triage tone-${LEVEL_LOOK[a.triage.level].tone}`}>
        <p class="ps-level">
          {LEVEL_LOOK[a.triage.level].label}: <strong>{a.triage.title}</strong>
        </p>
        <p>{actionFor(a, region)}</p>
        <ul>
          {topReasons(a).map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </div>
      <div class="ps-cols">
        <div class="ps-block">
          <h2>What the person says</h2>
          <ul>
            {whatToSay(a, results.case).map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </div>
        {a.redFlags.length > 0 && (
          <div class="ps-block">
            <h2>Warning signs found</h2>
            <ul>
              {a.redFlags.map((f) => (
                <li key={f.id}>
                  <strong>{f.title}</strong> ({f.because.map(words).join('; ')})
                </li>
              ))}
            </ul>
          </div>
        )}
        <div class="ps-block">
          <h2>What the answers are consistent with</h2>
          {a.patterns.length === 0 ? (
            <p>No clear pattern.</p>
          ) : (
            <ul>
              {a.patterns.slice(0, 3).map((p) => (
                <li key={p.id}>
                  <strong>{p.title}</strong> ({LIKELIHOOD_LABEL[p.likelihood].toLowerCase()}): {p.because.map(words).join('; ')}
                </li>
              ))}
            </ul>
          )}
        </div>
        {a.stratifiedCare && (
          <div class="ps-block" data-print-start-back>
            <h2>STarT Back: {a.stratifiedCare.riskTitle.toLowerCase()} (score {a.stratifiedCare.total} of 9, distress {a.stratifiedCare.distress} of 5)</h2>
            <p>
              {a.stratifiedCare.title}. {a.stratifiedCare.summary} {a.stratifiedCare.attribution}
            </p>
          </div>
        )}
        {!seenFirst && <Treatments assessment={a} />}
        {!seenFirst && (
          <div class="ps-block">
            <h2>Plan: {a.recoveryPlan.title}</h2>
            <p>
              {a.recoveryPlan.timeline}. {a.recoveryPlan.focus}
              {a.recoveryPlan.exercises.length > 0 ? ` Exercises: ${a.recoveryPlan.exercises.map((e) => e.title).join('; ')}.` : ''}
            </p>
          </div>
        )}
        <div class="ps-block">
          <h2>Get help sooner if</h2>
          <ul>
            {a.safetyNet.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </div>
        {yes.length > 0 && (
          <div class="ps-block">
            <h2>Answers given (yes, and numbers)</h2>
            <p class="ps-answers">
              {yes.map((x) => `${x.question.text} ${describeAnswer(x.question, x.value)}`).join(' · ')}
            </p>
          </div>
        )}
        {a.unanswered.length > 0 && (
          <p class="ps-unanswered">
            {a.unanswered.length} warning-sign questions were not answered: {a.unanswered.map(words).join('; ')}.
          </p>
        )}
      </div>
    </section>
  );
}
