/**
 * The whole assessment, summary first: what to do, how soon, why, what to watch for and what to
 * tell the clinician; then the rest in sections closed by default, each with a one-line summary.
 * At the levels where the person must be seen now or today the page offers nothing to do at
 * home (no treatments, no recovery plan, no exercises): only what to do, what to say, and a
 * summary to show (hazard H3).
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Assessment, Case } from '../api/types.js';
import { DisclosureSection } from '../components/disclosure-section.js';
import { Icon } from '../components/icons.js';
import { Glossed } from '../components/glossed.js';
import { learnHref } from '../routes.js';
import { isSeenFirst } from '../../../src/knowledge/triage-levels.js';
import type { EvidenceWords } from './evidence-words.js';
import { LIKELIHOOD_LABEL } from './labels.js';
import { MatchedCare } from './matched-care.js';
import { RecoveryPlanView } from './recovery-plan-view.js';
import { ResultSummary } from './result-summary.js';
import { TreatmentList, treatmentGist } from './treatment-list.js';

/** "Emergency department" → "emergency department", but "GP" stays "GP". */
const lowerFirst = (s: string) => (/^[A-Z][A-Z]/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));

function Because({ label, ids, words }: { label: string; ids: readonly string[]; words: EvidenceWords }) {
  if (ids.length === 0) return null;
  return (
    <div class="because">
      <p class="because-label">{label}</p>
      <ul>
        {ids.map((id) => (
          <li key={id}>{words(id)}</li>
        ))}
      </ul>
    </div>
  );
}

function RedFlags({ assessment, words }: { assessment: Assessment; words: EvidenceWords }) {
  return (
    <ul class="red-flag-list">
      {assessment.redFlags.map((flag) => (
        <li key={flag.id} class="red-flag" data-red-flag={flag.id}>
          <h3>
            <Icon name="warning" /> {flag.title}
          </h3>
          <p>
            <Glossed text={flag.explanation} />
          </p>
          <p>
            <strong>What to do: </strong>
            <Glossed text={flag.whatToDo} />
          </p>
          <Because label="Your answers that led here:" ids={flag.because} words={words} />
          <p class="print-hide">
            <a href={`/learn/when-to-see-a-doctor#red_flag-${flag.id}`}>
              More about this warning sign<span class="visually-hidden">: {flag.title}</span>
            </a>
          </p>
        </li>
      ))}
    </ul>
  );
}

function Patterns({ assessment, words, brief }: { assessment: Assessment; words: EvidenceWords; brief: boolean }) {
  if (assessment.patterns.length === 0) {
    return <p>Your answers do not point clearly to one of the patterns we know. A clinician can examine you to find the cause.</p>;
  }
  return (
    <>
      <p class="hint">
        {brief
          ? 'For the clinician who sees you: what your answers fit. It is not a diagnosis: they will examine you to find the cause.'
          : 'These are patterns, not a diagnosis. The closest fit comes first.'}
      </p>
      <ol class="pattern-list">
        {assessment.patterns.map((p) => (
          <li key={p.id} class="pattern" data-pattern={p.id}>
            <h3>{p.title}</h3>
            <p class="badges">
              <span class={`badge likelihood-${p.likelihood}`}>{LIKELIHOOD_LABEL[p.likelihood]}</span>
            </p>
            {!brief && (
              <p>
                <Glossed text={p.explanation} />
              </p>
            )}
            <Because label="Your answers that fit:" ids={p.because} words={words} />
            <Because label="Your answers that do not fit:" ids={p.against} words={words} />
            {!brief && (
              <p>
                <a href={learnHref(p.learn)}>
                  More about this<span class="visually-hidden">: {p.title}</span>
                </a>
              </p>
            )}
          </li>
        ))}
      </ol>
      {!brief && assessment.mechanisms.length > 0 && (
        <>
          <h3 id="mechanisms-title">How your knee and the sciatic nerve may be linked</h3>
          <ul class="mechanism-list" aria-labelledby="mechanisms-title">
            {assessment.mechanisms.map((m) => (
              <li key={m.id} data-mechanism={m.id}>
                <h4>{m.title}</h4>
                <p>
                  <Glossed text={m.explanation} />
                </p>
                <Because label="Because you told us of:" ids={m.because} words={words} />
                <p>
                  <a href={`/learn/causes#mechanism-${m.id}`}>
                    More about this<span class="visually-hidden">: {m.title}</span>
                  </a>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function LearnLinks({ assessment, seenFirst }: { assessment: Assessment; seenFirst: boolean }) {
  const links: { href: string; text: string }[] = [];
  const add = (href: string, text: string) => {
    if (!links.some((l) => l.href === href)) links.push({ href, text });
  };
  for (const f of assessment.redFlags) add(`/learn/when-to-see-a-doctor#red_flag-${f.id}`, `${f.title}: what it means`);
  add('/learn/when-to-see-a-doctor', 'Warning signs, and when to see a doctor');
  if (!seenFirst) {
    for (const p of assessment.patterns.slice(0, 2)) add(learnHref(p.learn), `${p.title}`);
    add('/learn/anatomy', 'Pictures: the knee, the sciatic nerve and how they are linked');
    add('/learn/treatments', 'All treatment options, with what guidelines say');
    add('/learn/recovery', 'Recovery, step by step');
  }
  return (
    <ul class="link-list">
      {links.map((l) => (
        <li key={l.href}>
          <a href={l.href}>{l.text}</a>
        </li>
      ))}
    </ul>
  );
}

export function AssessmentView({ assessment, theCase, words, actions, answers, fit, fitAdvice }: {
  assessment: Assessment;
  theCase: Case;
  words: EvidenceWords;
  /** Print, PDF and save: right under the summary, so the summary can be shown at once. */
  actions?: ComponentChildren;
  /** The person's answers, as a last section. */
  answers?: ComponentChildren;
  /** Optional questions that fit the treatment cautions to the person, under the treatments. */
  fit?: ComponentChildren;
  /** The optional questions that fit the treatment advice (STarT Back), before the treatments. */
  fitAdvice?: ComponentChildren;
}) {
  const seenFirst = isSeenFirst(assessment.triage.level);
  const [unansweredKey, setUnansweredKey] = useState(0);
  const top = assessment.patterns[0];
  const plan = assessment.recoveryPlan;
  const unanswered = assessment.unanswered.length;
  return (
    <>
      <ResultSummary assessment={assessment} theCase={theCase} onShowUnanswered={() => setUnansweredKey((k) => k + 1)} />
      {actions}

      <div class="result-sections" data-seen-first={seenFirst ? 'true' : 'false'}>
        {assessment.redFlags.length > 0 && (
          <DisclosureSection id="warning-signs" title="Warning signs found" gist={assessment.redFlags.map((f) => f.title).join('; ')} class="section-warning" eager>
            <RedFlags assessment={assessment} words={words} />
          </DisclosureSection>
        )}

        <DisclosureSection
          id="whom-to-see"
          title="Whom to see"
          gist={assessment.whomToSee.slice(0, 2).map((r, i) => (i === 0 ? r.title : lowerFirst(r.title))).join(', then ') || 'A GP or physiotherapist'}
        >
          <ul class="plain-list whom-list">
            {assessment.whomToSee.map((r) => (
              <li key={r.id}>
                <strong>{r.title}</strong>: <Glossed text={r.why} />
              </li>
            ))}
          </ul>
        </DisclosureSection>

        <DisclosureSection
          id="consistent-with"
          title={seenFirst ? 'What your answers fit (for the clinician)' : 'What your answers are consistent with'}
          gist={top ? `${LIKELIHOOD_LABEL[top.likelihood]}: ${lowerFirst(top.title)}` : 'No clear pattern: a clinician can examine you'}
        >
          <Patterns assessment={assessment} words={words} brief={seenFirst} />
        </DisclosureSection>

        {seenFirst ? (
          <p class="seen-first-note" data-seen-first-note>
            <Icon name="info" /> Treatments and a recovery plan come after you have been seen: the clinician will tell you what fits. Until then, do not
            wait for home treatments to work.
          </p>
        ) : (
          <>
            {fitAdvice}
            <DisclosureSection id="treatments" title="Treatment options" gist={treatmentGist(assessment.treatments)}>
              {assessment.stratifiedCare?.status === 'matched' && <MatchedCare care={assessment.stratifiedCare} />}
              <TreatmentList treatments={assessment.treatments} />
              {fit}
            </DisclosureSection>

            <DisclosureSection id="recovery-plan" title="Your recovery plan" gist={`${plan.title} (${plan.timeline})`}>
              <RecoveryPlanView plan={plan} />
            </DisclosureSection>
          </>
        )}

        <DisclosureSection id="get-help-sooner" title="When to get help sooner" gist={`${assessment.safetyNet.length} signs that mean you should not wait`} class="safety-net">
          <ul>
            {assessment.safetyNet.map((s) => (
              <li key={s}>
                <Glossed text={s} />
              </li>
            ))}
          </ul>
        </DisclosureSection>

        {unanswered > 0 && (
          <DisclosureSection
            key={`unanswered-${unansweredKey}`}
            id="unanswered"
            open={unansweredKey > 0}
            title="Questions not answered"
            gist={`${unanswered} warning-sign ${unanswered === 1 ? 'question' : 'questions'}: the advice assumes you do not have ${unanswered === 1 ? 'it' : 'them'}`}
            class="section-unanswered"
          >
            <p data-unanswered={unanswered}>
              {assessment.unansweredNotice ??
                'This answer assumes that the warning signs you did not answer are absent. If any of them is present, the advice may be more urgent.'}
            </p>
            <p>
              <a href="/interview">Answer them now</a>
            </p>
          </DisclosureSection>
        )}

        {answers}

        <DisclosureSection id="learn-more" title="Learn more" gist={seenFirst ? 'What the warning signs mean' : 'Pictures and plain words about your picture'}>
          <LearnLinks assessment={assessment} seenFirst={seenFirst} />
        </DisclosureSection>
      </div>

      <p class="not-a-diagnosis">
        <Icon name="info" /> {assessment.notice}
      </p>
    </>
  );
}
