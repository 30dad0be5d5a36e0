/**
 * The whole assessment in the order a worried person needs it: the triage card, what the
 * picture is consistent with and why, treatments, the recovery plan, safety net, notices.
 */
import type { ComponentChildren } from 'preact';
import type { Assessment } from '../api/types.js';
import { Icon } from '../components/icons.js';
import { learnHref } from '../routes.js';
import type { EvidenceWords } from './evidence-words.js';
import { LIKELIHOOD_LABEL } from './labels.js';
import { RecoveryPlanView } from './recovery-plan-view.js';
import { TreatmentList } from './treatment-list.js';
import { TriageCard } from './triage-card.js';

export function UnansweredNotice({ assessment }: { assessment: Assessment }) {
  if (assessment.unanswered.length === 0) return null;
  return (
    <aside class="notice notice-warning" aria-labelledby="unanswered-title" data-unanswered={assessment.unanswered.length}>
      <h2 id="unanswered-title" class="notice-title">
        <Icon name="info" /> Some warning-sign questions were not answered
      </h2>
      <p>
        {assessment.unansweredNotice ??
          'This answer assumes that the warning signs you did not answer are absent. If any of them is present, the advice may be more urgent.'}
      </p>
    </aside>
  );
}

/** For a person under 16: the tool is made for adults, and what to do for a child. */
export function AgeNotice({ assessment }: { assessment: Assessment }) {
  if (!assessment.ageNotice) return null;
  return (
    <aside class="notice notice-warning" aria-labelledby="age-notice-title" data-age-notice>
      <h2 id="age-notice-title" class="notice-title">
        <Icon name="info" /> This tool is made for adults
      </h2>
      <p>{assessment.ageNotice}</p>
    </aside>
  );
}

export function AssessmentView({ assessment, words, actions }: { assessment: Assessment; words: EvidenceWords; actions?: ComponentChildren }) {
  return (
    <>
      <TriageCard assessment={assessment} words={words} />
      <AgeNotice assessment={assessment} />
      <UnansweredNotice assessment={assessment} />
      {actions}

      <section aria-labelledby="patterns-title" class="result-section">
        <h2 id="patterns-title">What your picture is consistent with</h2>
        <p class="hint">These are patterns, not a diagnosis. The most likely comes first.</p>
        {assessment.patterns.length === 0 ? (
          <p>Your answers do not point clearly to one of the patterns we know. A clinician can examine you to find the cause.</p>
        ) : (
          <ol class="pattern-list">
            {assessment.patterns.map((p) => (
              <li key={p.id} class="pattern" data-pattern={p.id}>
                <h3>{p.title}</h3>
                <p class="badges">
                  <span class={`badge likelihood-${p.likelihood}`}>{LIKELIHOOD_LABEL[p.likelihood]}</span>
                </p>
                <p>{p.explanation}</p>
                {p.because.length > 0 && (
                  <p class="because">
                    <span>Answers that fit: </span>
                    {p.because.map(words).join('; ')}
                  </p>
                )}
                {p.against.length > 0 && (
                  <p class="because">
                    <span>Answers that do not fit: </span>
                    {p.against.map(words).join('; ')}
                  </p>
                )}
                <p class="print-hide">
                  <a href={learnHref(p.learn)}>Learn more<span class="visually-hidden"> about {p.title}</span></a>
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>

      {assessment.mechanisms.length > 0 && (
        <section aria-labelledby="mechanisms-title" class="result-section">
          <h2 id="mechanisms-title">How the knee and the sciatic nerve may be linked for you</h2>
          <ul class="mechanism-list">
            {assessment.mechanisms.map((m) => (
              <li key={m.id} data-mechanism={m.id}>
                <h3>{m.title}</h3>
                <p>{m.explanation}</p>
                {m.because.length > 0 && (
                  <p class="because">
                    <span>Because of: </span>
                    {m.because.map(words).join('; ')}
                  </p>
                )}
                <p class="print-hide">
                  <a href={`/learn/causes#mechanism-${m.id}`}>Learn more<span class="visually-hidden"> about {m.title}</span></a>
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="treatments-title" class="result-section">
        <h2 id="treatments-title">
          Treatment options<span class="print-only-inline">: those that fit this picture, with the guidelines' verdict</span>
        </h2>
        <p class="hint">Every option the article names, with what current guidelines say of it and any caution for you.</p>
        <TreatmentList treatments={assessment.treatments} />
      </section>

      <section aria-labelledby="plan-title" class="result-section">
        <h2 id="plan-title">Your recovery plan</h2>
        <RecoveryPlanView plan={assessment.recoveryPlan} />
      </section>

      <section aria-labelledby="safety-title" class="result-section safety-net">
        <h2 id="safety-title">When to get help sooner</h2>
        <ul>
          {assessment.safetyNet.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </section>

      <aside class="notice" aria-labelledby="notice-title">
        <h2 id="notice-title" class="notice-title">
          <Icon name="info" /> Not a diagnosis
        </h2>
        <p>{assessment.notice}</p>
      </aside>
    </>
  );
}
