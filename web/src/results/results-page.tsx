/**
 * The results: from this tab's interview (sessionStorage) or, at /results/:id, a saved
 * assessment. Printable as a one-page summary, downloadable as a PDF from the server, and
 * savable to the account when signed in.
 */
import { useEffect, useState } from 'preact/hooks';
import { api, apiFile, ApiError, saveBlob } from '../api/client.js';
import type { SavedAssessment } from '../api/types.js';
import { useSession } from '../account/session.js';
import { Icon } from '../components/icons.js';
import { PageHeading, useTitle } from '../components/page-heading.js';
import { describeAnswer } from '../interview/answers.js';
import { loadResults, saveResults, type StoredResults } from '../storage.js';
import { DisclosureSection } from '../components/disclosure-section.js';
import { isSeenFirst } from '../../../src/knowledge/triage-levels.js';
import { AssessmentView } from './assessment-view.js';
import { FitTreatments } from './fit-treatments.js';
import { loadEngine, type Engine } from '../engine/load-engine.js';
import { evidenceWords } from './evidence-words.js';
import { PrintSummary } from './print-summary.js';
import { StartBackSection } from './start-back-section.js';

type Load = { status: 'loading' } | { status: 'none' } | { status: 'ready'; results: StoredResults; createdAt?: string } | { status: 'error'; message: string; signIn?: boolean };

function useResults(savedId: string | null): [Load, (r: StoredResults) => void] {
  const [load, setLoad] = useState<Load>(() => {
    if (savedId) return { status: 'loading' };
    const results = loadResults();
    return results ? { status: 'ready', results } : { status: 'none' };
  });
  useEffect(() => {
    if (!savedId) return;
    let live = true;
    api<SavedAssessment>('GET', `/api/v1/assessments/${encodeURIComponent(savedId)}`)
      .then((saved) => live && setLoad({ status: 'ready', results: { case: saved.case, assessment: saved.assessment, savedId: saved.id, answers: [] }, createdAt: saved.createdAt }))
      .catch((e: Error) => live && setLoad({ status: 'error', message: e.message, signIn: e instanceof ApiError && e.status === 401 }));
    return () => {
      live = false;
    };
  }, [savedId]);
  return [load, (results) => setLoad({ status: 'ready', results })];
}

function Actions({ results, fromSession, onSaved }: { results: StoredResults; fromSession: boolean; onSaved(r: StoredResults): void }) {
  const session = useSession();
  const [pdf, setPdf] = useState<'idle' | 'busy' | string>('idle');
  const [saving, setSaving] = useState<'idle' | 'busy' | string>('idle');

  async function downloadPdf(): Promise<void> {
    setPdf('busy');
    try {
      const file = results.savedId
        ? await apiFile('GET', `/api/v1/assessments/${encodeURIComponent(results.savedId)}/summary.pdf`, undefined, 'application/pdf')
        : await apiFile('POST', '/api/v1/summary.pdf', results.case, 'application/pdf');
      saveBlob(file.blob, file.filename ?? 'knee-sciatica-summary.pdf');
      setPdf('idle');
    } catch (e) {
      setPdf((e as Error).message);
    }
  }

  async function save(): Promise<void> {
    setSaving('busy');
    try {
      const response = await api<{ saved: { id: string } | null }>('POST', '/api/v1/assessments', results.case);
      if (!response.saved) throw new Error('The results were not saved. Please sign in again.');
      const next = { ...results, savedId: response.saved.id };
      if (fromSession) saveResults(next);
      onSaved(next);
      setSaving('idle');
    } catch (e) {
      setSaving((e as Error).message);
    }
  }

  const signedIn = session.state.status === 'signed_in';
  const urgent = isSeenFirst(results.assessment.triage.level);
  return (
    <div class="result-actions print-hide" role="group" aria-label="Share and save">
      <button type="button" class="button button-secondary" onClick={() => window.print()}>
        <Icon name="print" /> {urgent ? 'Print a one-page summary to show' : 'Print a summary'}
      </button>
      <button type="button" class="button button-secondary" disabled={pdf === 'busy'} onClick={() => void downloadPdf()}>
        <Icon name="download" /> {pdf === 'busy' ? 'Preparing the PDF…' : 'Download a PDF for your clinician'}
      </button>
      {/* Its height is reserved: the signed-in check answers after the page has drawn. */}
      <div class="save-slot">
        {results.savedId ? (
          <p class="saved-note">
            <Icon name="check" /> Saved to your account.{' '}
            <a href={`/dashboard?assessment=${encodeURIComponent(results.savedId)}`}>{urgent ? 'Track your recovery once you have been seen' : 'Track your recovery'}</a>
          </p>
        ) : signedIn ? (
          <button type="button" class="button button-secondary" disabled={saving === 'busy'} onClick={() => void save()}>
            {saving === 'busy' ? 'Saving…' : 'Save to my account'}
          </button>
        ) : session.state.status === 'signed_out' ? (
          <p class="saved-note">
            <a href="/account">Sign in or create an account</a> to save these results and track your recovery.
          </p>
        ) : null}
      </div>
      <p class="action-error" aria-live="polite">
        {pdf !== 'idle' && pdf !== 'busy' && <span class="error-message">{pdf}</span>}
        {saving !== 'idle' && saving !== 'busy' && <span class="error-message">{saving}</span>}
      </p>
    </div>
  );
}

/** The optional caution questions for results from this tab, and a way to answer them (engine on the device). */
function useFit(results: StoredResults | null, fromSession: boolean, onResults: (r: StoredResults) => void) {
  const [engine, setEngine] = useState<Engine | null>(null);
  useEffect(() => {
    if (!fromSession) return;
    let live = true;
    loadEngine().then((e) => live && setEngine(e), () => undefined);
    return () => {
      live = false;
    };
  }, [fromSession]);
  if (!engine || !results || !fromSession) return null;
  const questions = engine.cautionQuestions(results.case);
  return (
    <FitTreatments
      questions={questions}
      onAnswers={(evidence) => {
        const theCase = { ...results.case, evidence: { ...results.case.evidence, ...evidence } };
        const answers = [...results.answers, ...questions.filter((q) => q.id in evidence).map((question) => ({ question, value: evidence[question.id]! }))];
        const next: StoredResults = { ...results, case: theCase, assessment: engine.assess(theCase), answers };
        saveResults(next);
        onResults(next);
      }}
    />
  );
}

export function ResultsPage({ savedId }: { savedId: string | null }) {
  useTitle('Your results');
  const [load, setResults] = useResults(savedId);
  const fit = useFit(load.status === 'ready' ? load.results : null, !savedId, setResults);

  if (load.status === 'loading') {
    return (
      <>
        <PageHeading>Your results</PageHeading>
        <p class="loading" role="status">
          Loading your saved results…
        </p>
      </>
    );
  }
  if (load.status === 'error') {
    return (
      <>
        <PageHeading>Your results</PageHeading>
        <p class="notice notice-error" role="alert">
          {load.message}
        </p>
        {load.signIn && (
          <p>
            <a href="/account">Sign in</a> to see your saved results.
          </p>
        )}
      </>
    );
  }
  if (load.status === 'none') {
    return (
      <>
        <PageHeading>Your results</PageHeading>
        <p>There are no results in this browser tab yet.</p>
        <p>
          <a class="button button-primary" href="/interview">
            Answer the questions
          </a>
        </p>
      </>
    );
  }

  const { results } = load;
  // Saved results carry no question wording: their answers are named from the evidence ids.
  const words = evidenceWords(results.answers);
  return (
    <div class="results" data-level={results.assessment.triage.level}>
      <PrintSummary results={results} createdAt={load.createdAt} words={words} />
      <div class="results-screen">
        <AssessmentView
          assessment={results.assessment}
          theCase={results.case}
          words={words}
          actions={<Actions results={results} fromSession={!savedId} onSaved={setResults} />}
          fit={fit}
          fitAdvice={
            <StartBackSection
              results={results}
              onChange={(next) => {
                if (!savedId) saveResults(next);
                setResults(next);
              }}
            />
          }
          answers={
            results.answers.length > 0 && (
              <DisclosureSection id="your-answers" title="Your answers" gist={`${results.answers.length} answers. Change any of them`}>
                <dl id="answer-list" class="answer-list">
                  {results.answers.map((a) => (
                    <div key={a.question.id} class={a.value === true ? 'answer-yes' : a.question.kind === 'yes_no' ? 'answer-other' : 'answer-measure'}>
                      <dt>{a.question.text}</dt>
                      <dd>{describeAnswer(a.question, a.value)}</dd>
                    </div>
                  ))}
                </dl>
                {!savedId && (
                  <p>
                    <a href="/interview">Change your answers</a>
                  </p>
                )}
              </DisclosureSection>
            )
          }
        />
      </div>
    </div>
  );
}
