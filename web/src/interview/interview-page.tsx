/**
 * The interview, run in the browser on the same engine the server runs (loaded after first
 * paint): no round trip per answer, and it works offline. The answers live in sessionStorage as
 * a list of screens, so a reload loses nothing, and the browser's Back and Forward move between
 * screens (Back on the first returns to the start page). An emergency replaces the questions at
 * once; a same-day warning says so at once, with a way to go on.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Case, InterviewStep, PartialCase } from '../api/types.js';
import { PageHeading, useTitle } from '../components/page-heading.js';
import { loadEngine, type Engine } from '../engine/load-engine.js';
import { navigate } from '../router.js';
import { assessAndKeep } from '../results/assess.js';
import { EMPTY_INTERVIEW, loadInterview, saveInterview, type StoredInterview } from '../storage.js';
import { requestFrom, type AnsweredQuestion, type AnswerValue } from './answers.js';
import { EmergencyScreen } from './emergency-screen.js';
import { QuestionForm } from './question-form.js';
import { ReviewAnswers } from './review-answers.js';
import { SameDayScreen } from './same-day-screen.js';

/** Questions a screen may hold: warning signs of one urgency are asked together, each on its own. */
const SCREEN_SIZE = 5;

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

type EngineLoad = { status: 'loading' } | { status: 'ready'; engine: Engine } | { status: 'error' };

function useEngine(): [EngineLoad, () => void] {
  const [load, setLoad] = useState<EngineLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    loadEngine()
      .then((engine) => live && setLoad({ status: 'ready', engine }))
      .catch(() => live && setLoad({ status: 'error' }));
    return () => {
      live = false;
    };
  }, [attempt]);
  return [load, () => setAttempt((a) => a + 1)];
}

/** Steps already worked out, by the answers that lead to them (a few: the current screen's likely answers). */
const STEPS = new Map<string, InterviewStep>();

function nextStep(engine: Engine, request: { case: PartialCase; skipped: string[] }): InterviewStep {
  const key = JSON.stringify(request);
  let step = STEPS.get(key);
  if (!step) {
    step = engine.nextQuestions(request.case, { skipped: request.skipped, max: SCREEN_SIZE });
    if (STEPS.size > 50) STEPS.clear();
    STEPS.set(key, step);
  }
  return step;
}

const screenUrl = (n: number) => `/interview?screen=${n}`;
const screenInUrl = () => Number(new URLSearchParams(location.search).get('screen') ?? '0') || 0;

/** The state after moving to screen `n`: Back undoes screens into `redo`, Forward takes them back. */
function moveTo(s: StoredInterview, n: number): StoredInterview {
  if (n < s.screens.length) {
    return { ...s, screens: s.screens.slice(0, n), redo: [...s.screens.slice(n), ...s.redo], shown: s.shown.slice(0, n) };
  }
  const k = Math.min(n - s.screens.length, s.redo.length);
  if (k <= 0) return s;
  return { ...s, screens: [...s.screens, ...s.redo.slice(0, k)], redo: s.redo.slice(k) };
}

export function InterviewPage() {
  useTitle('Questions about your pain');
  const [engineLoad, retryEngine] = useEngine();
  const [state, setState] = useState<StoredInterview>(loadInterview);
  const [editing, setEditing] = useState<string | null>(null);
  const [finishing, setFinishing] = useState(false);
  const [finishError, setFinishError] = useState<string | null>(null);

  const answers = useMemo(() => state.screens.flat(), [state.screens]);
  const request = useMemo(() => requestFrom(answers), [answers]);
  const engine = engineLoad.status === 'ready' ? engineLoad.engine : null;
  const step = useMemo(() => {
    if (!engine) return null;
    try {
      return nextStep(engine, request);
    } catch {
      return null; // stored answers from an older version that no longer fit: start afresh below
    }
  }, [engine, request]);

  // While the person reads the screen (at least the look guard's second), the steps its likely
  // answers lead to are worked out ahead, so the next screen is there the moment they answer.
  useEffect(() => {
    if (!engine || !step || step.questions.length === 0) return;
    const ahead = step.questions.length === 1 && step.questions[0]!.kind === 'yes_no'
      ? ([true, false, null] as const).map((v) => [v])
      : [step.questions.map((q) => (q.kind === 'yes_no' ? false : null))];
    const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 50));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => {
      for (const values of ahead) {
        const screen = step.questions.map((question, i) => ({ question, value: values[i] ?? null }));
        try {
          nextStep(engine, requestFrom([...answers, ...screen]));
        } catch {
          // a look ahead only
        }
      }
    });
    return () => cancel(handle);
  }, [engine, step]);

  useEffect(() => {
    if (engine && !step && state.screens.length > 0) setState(EMPTY_INTERVIEW);
  }, [engine, step]);

  useEffect(() => saveInterview(state), [state]);

  // The address says which screen this is, so Back and Forward move between screens.
  useEffect(() => {
    if (screenInUrl() !== state.screens.length || location.search === '') history_.replace(screenUrl(state.screens.length));
    const onPop = () => {
      if (location.pathname.replace(/\/+$/, '') !== '/interview') return;
      setEditing(null);
      setState((s) => {
        const next = moveTo(s, screenInUrl());
        // Forward past what was answered: stay on the last screen there is.
        if (next.screens.length !== screenInUrl()) history_.replace(screenUrl(next.screens.length));
        return next;
      });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  // Progress never goes backwards while answering: the most shown so far, at this screen or before.
  const n = state.screens.length;
  const percent = step ? Math.max(step.progress.percent, ...state.shown.slice(0, n)) : 0;
  useEffect(() => {
    if (step && state.shown[n] !== percent) setState((s) => ({ ...s, shown: [...s.shown.slice(0, n), percent] }));
  }, [percent, n]);

  function answer(values: AnswerValue[]): void {
    if (!step || finishing) return;
    const screen: AnsweredQuestion[] = step.questions.map((question, i) => ({ question, value: values[i] ?? null }));
    setState((s) => ({ ...s, screens: [...s.screens, screen], redo: [] }));
    history_.push(screenUrl(n + 1));
  }

  function change(questionId: string, value: AnswerValue): void {
    setState((s) => ({
      ...s,
      screens: s.screens.map((screen) => screen.map((a) => (a.question.id === questionId ? { ...a, value } : a))),
      redo: [],
    }));
    setEditing(null);
  }

  async function finish(): Promise<void> {
    setFinishing(true);
    setFinishError(null);
    try {
      await assessAndKeep(request.case as Case, answers);
      navigate('/results');
    } catch (e) {
      setFinishError((e as Error).message || 'The results could not be prepared. Please try again.');
      setFinishing(false);
    }
  }

  function restart(): void {
    setEditing(null);
    setState(EMPTY_INTERVIEW);
    history_.replace(screenUrl(0));
  }

  if (engineLoad.status === 'error') {
    return (
      <>
        <PageHeading class="page-title-small">Questions about your pain</PageHeading>
        <div class="notice notice-error" role="alert">
          <p>The questions could not be loaded. Check your connection and try again: once loaded, they work offline.</p>
          <button type="button" class="button button-primary" onClick={retryEngine}>
            Try again
          </button>
        </div>
      </>
    );
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
          if (n > 0 && !finishing) history.back();
        }}
      />
    );
  }
  if (step?.sameDay && !state.acknowledged.includes(step.sameDay.level) && editing === null) {
    const level = step.sameDay.level;
    return (
      <SameDayScreen
        sameDay={step.sameDay}
        busy={finishing}
        error={finishError}
        onSeeResults={() => void finish()}
        onGoOn={() => setState((s) => ({ ...s, acknowledged: [...s.acknowledged, level] }))}
      />
    );
  }

  const editingEntry = editing !== null ? answers.find((h) => h.question.id === editing) : undefined;
  const hasAge = request.case.age !== undefined;

  return (
    <>
      <PageHeading class="page-title-small">Questions about your pain</PageHeading>
      {step && (
        <div class="progress">
          <label for="interview-progress" class="progress-label">
            {step.done ? 'All questions answered' : `Progress: about ${percent}% done`}
          </label>
          <progress id="interview-progress" max={100} value={step.done ? 100 : percent}>
            {percent}%
          </progress>
        </div>
      )}

      {editingEntry ? (
        <QuestionForm
          key={'edit-' + editingEntry.question.id}
          questions={[editingEntry.question]}
          initial={{ [editingEntry.question.id]: editingEntry.value }}
          busy={finishing}
          onAnswer={(values) => change(editingEntry.question.id, values[0] ?? null)}
          onCancel={() => setEditing(null)}
        />
      ) : step && step.questions.length > 0 ? (
        <QuestionForm
          key={`${n}:${step.questions.map((q) => q.id).join(' ')}`}
          questions={step.questions}
          initial={Object.fromEntries((state.redo[0] ?? []).map((a) => [a.question.id, a.value]))}
          busy={finishing}
          onAnswer={answer}
          onBack={n > 0 ? () => history.back() : undefined}
        />
      ) : step?.done ? (
        <Done finishing={finishing} error={finishError} onFinish={() => void finish()} />
      ) : (
        <p class="loading" role="status">
          Loading the questions…
        </p>
      )}

      <ReviewAnswers history={answers} onChange={(i) => setEditing(answers[i]?.question.id ?? null)} disabled={finishing} />

      {answers.length > 0 && (
        <div class="interview-footer">
          {hasAge && step?.canStopEarly && !step.done && editing === null && (
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

/** The address bar, without telling the app's router (the page stays the interview). */
const history_ = {
  push: (url: string) => history.pushState({ interview: true }, '', url),
  replace: (url: string) => history.replaceState({ interview: true }, '', url),
};
