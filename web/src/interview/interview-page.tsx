/**
 * The interview: one small step at a time from POST /api/v1/interview. The answers live in
 * sessionStorage, so a reload loses nothing; the case is rebuilt from them for every request.
 * The moment a step reports an emergency, the emergency screen replaces the questions.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api/client.js';
import type { Case, InterviewStep } from '../api/types.js';
import { PageHeading, useTitle } from '../components/page-heading.js';
import { navigate } from '../router.js';
import { assessAndKeep } from '../results/assess.js';
import { loadInterview, saveInterview } from '../storage.js';
import { requestFrom, withAnswer, type AnsweredQuestion, type AnswerValue } from './answers.js';
import { EmergencyScreen } from './emergency-screen.js';
import { QuestionForm } from './question-form.js';
import { ReviewAnswers } from './review-answers.js';

/** The end of the questions: the heading takes the focus, as each question's does. */
function Done(props: { finishing: boolean; error: string | null; onFinish(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="done" aria-labelledby="done-title">
      <h2 id="done-title" ref={heading} tabIndex={-1}>
        That is all the questions
      </h2>
      <p>Check your answers below if you like, then see your results.</p>
      {props.error && (
        <p class="error-message" role="alert">
          {props.error}
        </p>
      )}
      <button type="button" class="button button-primary button-large" disabled={props.finishing} onClick={props.onFinish}>
        {props.finishing ? 'Preparing your results…' : 'See my results'}
      </button>
    </section>
  );
}

type Load = { status: 'loading' } | { status: 'ready'; step: InterviewStep } | { status: 'error'; message: string };

export function InterviewPage() {
  useTitle('Questions about your pain');
  const [history, setHistory] = useState<AnsweredQuestion[]>(() => loadInterview().history);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [editing, setEditing] = useState<number | null>(null);
  const [drafts, setDrafts] = useState<Record<string, AnswerValue>>({});
  const [finishing, setFinishing] = useState(false);
  const [finishError, setFinishError] = useState<string | null>(null);
  const [waiting, setWaiting] = useState(true);
  const requestNumber = useRef(0);

  useEffect(() => {
    saveInterview({ history });
    const mine = ++requestNumber.current;
    setWaiting(true);
    let request;
    try {
      request = requestFrom(history);
    } catch {
      // Stored answers from an older version that no longer fit: start afresh.
      setHistory([]);
      return;
    }
    api<InterviewStep>('POST', '/api/v1/interview', request)
      .then((step) => {
        if (mine !== requestNumber.current) return;
        setLoad({ status: 'ready', step });
        setWaiting(false);
      })
      .catch((e: Error) => {
        if (mine !== requestNumber.current) return;
        setLoad({ status: 'error', message: e.message });
        setWaiting(false);
      });
  }, [history, attempt]);

  // While the next step is on its way the current one stays on screen, disabled.
  const busy = waiting || finishing;
  const step = load.status === 'ready' ? load.step : null;

  function answer(value: AnswerValue, question = step?.questions[0]): void {
    if (!question || busy) return;
    setWaiting(true);
    setEditing(null);
    setHistory((h) => withAnswer(h, question, value));
  }

  function back(): void {
    const last = history[history.length - 1];
    if (!last || busy) return;
    setWaiting(true);
    setDrafts((d) => ({ ...d, [last.question.id]: last.value }));
    setHistory(history.slice(0, -1));
  }

  async function finish(): Promise<void> {
    setFinishing(true);
    setFinishError(null);
    try {
      await assessAndKeep(requestFrom(history).case as Case, history);
      navigate('/results');
    } catch (e) {
      setFinishError((e as Error).message);
      setFinishing(false);
    }
  }

  function restart(): void {
    setDrafts({});
    setEditing(null);
    setHistory([]);
  }

  // The emergency comes first, before any other question.
  if (step?.emergency && editing === null) {
    return (
      <EmergencyScreen
        emergency={step.emergency}
        busy={finishing}
        error={finishError}
        onSeeResults={() => void finish()}
        onChangeAnswer={() => {
          const last = history[history.length - 1];
          if (!last || busy) return;
          setDrafts((d) => ({ ...d, [last.question.id]: last.value }));
          setLoad({ status: 'loading' });
          setWaiting(true);
          setHistory(history.slice(0, -1));
        }}
      />
    );
  }

  const editingEntry = editing !== null ? history[editing] : undefined;
  const question = step?.questions[0];
  const hasAge = history.some((h) => h.question.target.kind === 'field' && h.question.target.field === 'age' && typeof h.value === 'number');

  return (
    <>
      <PageHeading class="page-title-small">Questions about your pain</PageHeading>
      {step && (
        <div class="progress">
          <label for="interview-progress" class="progress-label">
            {step.done ? 'All questions answered' : `Progress: about ${step.progress.percent}% done`}
          </label>
          <progress id="interview-progress" max={100} value={step.progress.percent}>
            {step.progress.percent}%
          </progress>
          <p class="hint">
            {step.progress.answered} answered{step.done ? '' : `, up to ${step.progress.remaining} to go (fewer if they do not apply)`}
          </p>
        </div>
      )}

      {editingEntry ? (
        <QuestionForm
          key={'edit-' + editingEntry.question.id}
          question={editingEntry.question}
          initial={editingEntry.value}
          busy={busy}
          onAnswer={(value) => answer(value, editingEntry.question)}
          onCancel={() => setEditing(null)}
        />
      ) : load.status === 'error' ? (
        <div class="notice notice-error" role="alert">
          <p>{load.message}</p>
          <button type="button" class="button button-primary" onClick={() => setAttempt((a) => a + 1)}>
            Try again
          </button>
        </div>
      ) : question ? (
        <QuestionForm
          key={question.id}
          question={question}
          initial={drafts[question.id]}
          busy={busy}
          onAnswer={(value) => answer(value)}
          onBack={history.length > 0 ? back : undefined}
        />
      ) : step?.done ? (
        <Done finishing={finishing} error={finishError} onFinish={() => void finish()} />
      ) : (
        <p class="loading" role="status">
          Loading the next question…
        </p>
      )}

      <ReviewAnswers history={history} onChange={setEditing} disabled={busy} />

      {history.length > 0 && (
        <div class="interview-footer">
          {hasAge && step && !step.done && editing === null && (
            <p>
              <button type="button" class="button button-link" disabled={finishing} onClick={() => void finish()}>
                Stop here and see results from the answers so far
              </button>
              {finishError && (
                <span class="error-message" role="alert">
                  {' '}
                  {finishError}
                </span>
              )}
            </p>
          )}
          <p>
            <button type="button" class="button button-link" disabled={finishing} onClick={restart}>
              Start again with no answers
            </button>
          </p>
        </div>
      )}
    </>
  );
}
