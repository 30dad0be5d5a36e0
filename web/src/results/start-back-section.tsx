/**
 * "A few more questions to fit the advice to you": the optional STarT Back questions on the
 * results page, for back pain with or without sciatica. Answered in the browser: the engine
 * scores them and matches the treatment advice to the risk group. Never offered at the levels
 * where the person must be seen now or today (nothing would change there).
 */
import { useState } from 'preact/hooks';
import type { StartBackAnswers } from '../../../src/schemas/measures.js';
import { isSeenFirst } from '../../../src/knowledge/triage-levels.js';
import { DisclosureSection } from '../components/disclosure-section.js';
import { StartBackForm } from '../measures/start-back-form.js';
import { useEngine } from '../measures/use-engine.js';
import type { StoredResults } from '../storage.js';
import { MatchedCare } from './matched-care.js';

export function StartBackSection({ results, onChange }: { results: StoredResults; onChange(next: StoredResults): void }) {
  const { engine } = useEngine();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { assessment, case: theCase } = results;
  if (!engine) return null;
  // A mark with nothing to read, so a test can tell "not offered" from "not loaded yet".
  const notOffered = <span hidden data-fit-advice="not-offered" />;
  if (isSeenFirst(assessment.triage.level)) return notOffered;
  if (!theCase.startBack && !engine.startBackFits(theCase, assessment.patterns.map((p) => p.id))) return notOffered;
  const care = assessment.stratifiedCare;
  const showForm = !care || editing;

  function answer(startBack: StartBackAnswers): void {
    try {
      const nextCase = { ...theCase, startBack };
      onChange({ ...results, case: nextCase, assessment: engine!.assess(nextCase), savedId: null });
      setEditing(false);
      setError(null);
      requestAnimationFrame(() => document.getElementById('matched-care-title')?.focus());
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <DisclosureSection
      id="fit-the-advice"
      title="A few more questions to fit the advice to you"
      gist={care ? `${care.riskTitle}: ${care.title.charAt(0).toLowerCase()}${care.title.slice(1)}` : 'Optional: 9 quick questions about your back, about a minute'}
      class="section-fit"
    >
      {showForm ? (
        <>
          <p>
            These are the STarT Back questions, made for back pain with or without leg pain. Your answers show how likely the pain is to last, so
            the treatment advice can fit you better. They do not change how soon you should be seen. Nothing is sent anywhere.
          </p>
          <StartBackForm
            instrument={engine.MEASURES['start-back']}
            initial={theCase.startBack}
            error={error}
            submitLabel={care ? 'Update the advice' : 'Fit the advice to my answers'}
            onSubmit={answer}
            {...(care ? { onCancel: () => setEditing(false) } : {})}
          />
        </>
      ) : (
        <>
          <MatchedCare care={care} headingId="matched-care-title" />
          <p class="actions">
            <button type="button" class="button button-secondary" onClick={() => setEditing(true)}>
              Change my answers
            </button>
          </p>
        </>
      )}
    </DisclosureSection>
  );
}
