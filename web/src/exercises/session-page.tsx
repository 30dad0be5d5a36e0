/**
 * The guided session: a pain check, then today's exercises one at a time (the moving picture,
 * the steps, a hold timer and a rep and set counter large enough to read at arm's length, the
 * signs to stop), then the pain during and after. It is saved with the day's check-in; when
 * there is none yet, the check-in form comes next, already holding the session.
 *
 * Everything is a native button, radio or link, so it works from a keyboard and a screen
 * reader; counts and the timer are announced politely, and the screen is kept awake where the
 * browser allows (Screen Wake Lock).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useSession } from '../account/session.js';
import { loadKnowledge, type Knowledge } from '../api/knowledge.js';
import type { CheckIn, CheckInInput, Exercise, ExerciseSession, Recovery, RecoverySummary, SessionExercise } from '../api/types.js';
import { PageHeading, useTitle } from '../components/page-heading.js';
import { CheckInForm, RED_FLAG_IDS } from '../dashboard/check-in-form.js';
import { readableDate, today } from '../dashboard/dates.js';
import { recoveryApi } from '../dashboard/recovery-api.js';
import { ExerciseAnimation } from './exercise-figure.js';
import { doseWords, stopSigns, type ExerciseInfo } from './exercise-words.js';
import './exercises.css';

const PAIN_LIMIT = 5;

function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | null = null;
    let stopped = false;
    const request = async () => {
      try {
        if (!stopped && document.visibilityState === 'visible') lock = await navigator.wakeLock.request('screen');
      } catch {
        // Not allowed here (battery saver, an iframe): the session works without it.
      }
    };
    void request();
    // The browser releases the lock when the tab is hidden; take it again on return.
    const onVisible = () => void request();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', onVisible);
      void lock?.release().catch(() => {});
    };
  }, [active]);
}

function PainScale({ id, legend, value, onChange }: { id: string; legend: string; value: number | null; onChange(v: number): void }) {
  return (
    <fieldset class="pain-scale" id={id}>
      <legend>{legend}</legend>
      <p class="hint" id={`${id}-hint`}>
        0 is no pain, 10 the worst pain you can imagine.
      </p>
      <div class="pain-scale-options">
        {Array.from({ length: 11 }, (_, i) => (
          <label key={i} class="pain-option">
            <input type="radio" name={id} value={String(i)} checked={value === i} aria-describedby={`${id}-hint`} onChange={() => onChange(i)} />
            <span>{i}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface Progress {
  set: number;
  rep: number;
  repsDone: number;
  setsDone: number;
}

/** One exercise: picture, steps, the counter and timer, stop signs. */
function ExerciseStep(props: {
  exercise: Exercise;
  info: ExerciseInfo | undefined;
  stopRules: readonly string[];
  index: number;
  total: number;
  onDone(result: SessionExercise): void;
  onStop(result: SessionExercise): void;
}) {
  const { exercise, info } = props;
  const sets = info?.dose.sets ?? (info?.dose.reps !== undefined ? 1 : 0);
  const reps = info?.dose.reps ?? 0;
  const hold = info?.dose.holdSeconds ?? 0;
  const [p, setP] = useState<Progress>({ set: 1, rep: 0, repsDone: 0, setsDone: 0 });
  const [holding, setHolding] = useState<number | null>(null);
  const [announce, setAnnounce] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, [exercise.id]);

  function countRep() {
    setP((cur) => {
      const rep = cur.rep + 1;
      const repsDone = cur.repsDone + 1;
      if (reps > 0 && rep >= reps) {
        const setsDone = cur.setsDone + 1;
        setAnnounce(setsDone >= sets ? `All ${sets} ${sets === 1 ? 'set' : 'sets'} done. Well done.` : `Set ${cur.set} done. Rest a moment, then start set ${cur.set + 1}.`);
        return { set: Math.min(sets, cur.set + 1), rep: setsDone >= sets ? rep : 0, repsDone, setsDone };
      }
      setAnnounce(`Repetition ${rep} of ${reps}.`);
      return { ...cur, rep, repsDone };
    });
  }

  function undo() {
    setP((cur) => (cur.rep > 0 ? { ...cur, rep: cur.rep - 1, repsDone: cur.repsDone - 1 } : cur));
  }

  // The hold timer counts down once a second and counts the repetition at the end.
  useEffect(() => {
    if (holding === null) return;
    if (holding <= 0) {
      setHolding(null);
      setAnnounce('Relax.');
      countRep();
      return;
    }
    const t = setTimeout(() => setHolding(holding - 1), 1000);
    return () => clearTimeout(t);
  }, [holding]);

  const allDone = sets > 0 && p.setsDone >= sets;
  const result = (): SessionExercise => ({ id: exercise.id, setsDone: p.setsDone, repsDone: p.repsDone });
  const stops = info ? stopSigns(info, props.stopRules) : [exercise.stopIf];

  return (
    <section class="session-step" data-exercise={exercise.id} aria-labelledby="step-title">
      <p class="session-count">
        Exercise {props.index + 1} of {props.total}
      </p>
      <h2 id="step-title" ref={heading} tabIndex={-1}>
        {exercise.title}
      </h2>
      <ExerciseAnimation id={exercise.id} title={exercise.title} />
      {info && (
        <ol class="exercise-steps">
          {info.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      )}
      <p>
        <strong>How much: </strong>
        {info ? doseWords(info.dose) : exercise.dose}
      </p>

      {reps > 0 ? (
        <div class="counter" aria-label="Counter">
          <p class="counter-sets">
            Set <span class="big-number">{Math.min(p.set, sets)}</span> of {sets}
          </p>
          <p class="counter-reps" data-reps={p.rep}>
            <span class="big-number">{p.rep}</span> of {reps} {hold ? 'holds' : 'repetitions'}
          </p>
          {hold > 0 && (
            <p class="hold-timer" data-holding={holding !== null}>
              {holding !== null ? (
                <>
                  Hold: <span class="big-number">{holding}</span> s
                </>
              ) : (
                `Hold each for ${hold} seconds.`
              )}
            </p>
          )}
          <div class="counter-buttons">
            {hold > 0 ? (
              <button type="button" class="button button-primary button-huge" disabled={holding !== null || allDone} onClick={() => { setAnnounce(`Hold for ${hold} seconds.`); setHolding(hold); }}>
                {holding !== null ? 'Holding…' : 'Start a hold'}
              </button>
            ) : (
              <button type="button" class="button button-primary button-huge" disabled={allDone} onClick={countRep}>
                Count one
              </button>
            )}
            <button type="button" class="button button-secondary" disabled={p.rep === 0 || holding !== null} onClick={undo}>
              Undo one
            </button>
          </div>
        </div>
      ) : (
        <p class="counter-minutes">Take your time: {info?.dose.minutes ? `${info.dose.minutes} minutes` : 'as long as is comfortable'}. Press Done when you have finished.</p>
      )}
      <p class="visually-hidden" role="status" aria-live="polite">
        {announce}
      </p>

      <div class="stop-signs" role="note" aria-labelledby="stop-title">
        <h3 id="stop-title">Stop if you feel</h3>
        <ul>
          {stops.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        <button type="button" class="button button-danger" onClick={() => props.onStop(result())}>
          I felt one of these: stop the session
        </button>
      </div>

      <div class="actions session-actions">
        <button type="button" class="button button-primary" onClick={() => props.onDone(result())}>
          {props.index + 1 < props.total ? 'Done: next exercise' : 'Done: last exercise'}
        </button>
        <button type="button" class="button button-link" onClick={() => props.onDone({ ...result(), skipped: true })}>
          Skip this one
        </button>
      </div>
    </section>
  );
}

type Stage = 'before' | 'exercise' | 'after' | 'checkin' | 'done';

function Session({ recovery }: { recovery: Recovery }) {
  const day = today();
  const [summary, setSummary] = useState<RecoverySummary | null>(null);
  const [todays, setTodays] = useState<CheckIn | undefined>(undefined);
  const [last, setLast] = useState<CheckIn | undefined>(undefined);
  const [knowledge, setKnowledge] = useState<Knowledge | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [stage, setStage] = useState<Stage>('before');
  const [index, setIndex] = useState(0);
  const [painBefore, setPainBefore] = useState<number | null>(null);
  const [painDuring, setPainDuring] = useState<number | null>(null);
  const [painAfter, setPainAfter] = useState<number | null>(null);
  const [results, setResults] = useState<SessionExercise[]>([]);
  const [stoppedEarly, setStoppedEarly] = useState(false);
  const [started, setStarted] = useState(0);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [problem, setProblem] = useState('');
  const stageHeading = useRef<HTMLHeadingElement>(null);

  useWakeLock(stage === 'exercise');

  useEffect(() => {
    Promise.all([recoveryApi.summary(recovery.id, day), recoveryApi.checkIns(recovery.id), loadKnowledge()])
      .then(([s, checkIns, k]) => {
        setSummary(s);
        setTodays(checkIns.find((c) => c.date === day));
        setLast(checkIns[checkIns.length - 1]);
        setKnowledge(k);
      })
      .catch((e: Error) => setError(e.message));
  }, [recovery.id]);

  useEffect(() => {
    if (stage !== 'exercise') stageHeading.current?.focus();
  }, [stage]);

  if (error) return <p class="notice notice-error" role="alert">{error}</p>;
  if (!summary || !knowledge) return <p class="loading" role="status">Loading today's exercises…</p>;

  const exercises = summary.plan.exercises;
  const infoById = new Map(knowledge.exercises.map((e) => [e.id, e]));
  const session = (): ExerciseSession => ({
    painBefore: painBefore ?? 0,
    painDuring: painDuring ?? 0,
    painAfter: painAfter ?? 0,
    exercises: results,
    ...(stoppedEarly ? { stoppedEarly: true } : {}),
    minutes: Math.min(300, Math.max(0, Math.round((Date.now() - started) / 60000))),
  });
  const doneIds = results.filter((r) => !r.skipped).map((r) => r.id);

  function next(result: SessionExercise) {
    setResults((r) => [...r, result]);
    if (index + 1 < exercises.length) setIndex(index + 1);
    else setStage('after');
  }

  async function save() {
    if (painDuring === null || painAfter === null) {
      setProblem('Please answer both pain questions.');
      (document.getElementById(painDuring === null ? 'pain-during' : 'pain-after') as HTMLElement | null)?.querySelector('input')?.focus();
      return;
    }
    setProblem('');
    if (!todays) {
      setStage('checkin');
      return;
    }
    setSaving(true);
    try {
      const { id: _i, recoveryId: _r, createdAt: _c, updatedAt: _u, ...input } = todays;
      await recoveryApi.updateCheckIn(recovery.id, todays.id, {
        ...input,
        exercisesDone: [...new Set([...input.exercisesDone, ...doneIds])],
        sessions: [...(input.sessions ?? []), session()].slice(-10),
      });
      setStage('done');
    } catch (e) {
      setSaveError((e as Error).message);
    } finally {
      setSaving(false);
    }
  }

  async function saveWithCheckIn(input: CheckInInput) {
    setSaving(true);
    setSaveError(null);
    try {
      await recoveryApi.addCheckIn(recovery.id, { ...input, sessions: [session()] });
      setStage('done');
    } catch (e) {
      setSaveError((e as Error).message);
    } finally {
      setSaving(false);
    }
  }

  if (exercises.length === 0) {
    return <p>There are no set exercises in your plan now. Keep gently active as your pain allows.</p>;
  }

  if (stage === 'before') {
    return (
      <section aria-labelledby="before-title" class="session-stage">
        <h2 id="before-title" ref={stageHeading} tabIndex={-1}>
          Before you start
        </h2>
        <p>
          Today: {exercises.length} exercises ({exercises.map((e) => e.title).join(', ')}). Move slowly and breathe normally. Mild discomfort is
          fine; pain up to {PAIN_LIMIT} out of 10 while exercising is acceptable.
        </p>
        <PainScale id="pain-before" legend="How much pain do you have right now, where it hurts most?" value={painBefore} onChange={setPainBefore} />
        <p class="error-message" aria-live="assertive">
          {problem}
        </p>
        <p class="actions">
          <button
            type="button"
            class="button button-primary button-huge"
            onClick={() => {
              if (painBefore === null) {
                setProblem('Please choose your pain right now first.');
                document.querySelector<HTMLInputElement>('#pain-before input')?.focus();
                return;
              }
              setProblem('');
              setStarted(Date.now());
              setStage('exercise');
            }}
          >
            Start the session
          </button>
        </p>
      </section>
    );
  }

  if (stage === 'exercise') {
    const exercise = exercises[index]!;
    return (
      <ExerciseStep
        key={exercise.id}
        exercise={exercise}
        info={infoById.get(exercise.id)}
        stopRules={knowledge.exerciseStopRules}
        index={index}
        total={exercises.length}
        onDone={next}
        onStop={(r) => {
          setResults((rs) => [...rs, r]);
          setStoppedEarly(true);
          setStage('after');
        }}
      />
    );
  }

  if (stage === 'after') {
    return (
      <section aria-labelledby="after-title" class="session-stage">
        <h2 id="after-title" ref={stageHeading} tabIndex={-1}>
          {stoppedEarly ? 'You stopped the session' : 'Session done'}
        </h2>
        {stoppedEarly && (
          <p class="notice notice-warning">
            Stopping was right. Rest, and if the sign does not settle, or you have new numbness, weakness or trouble with your bladder or bowels, get
            help: see the Alerts on your recovery page.
          </p>
        )}
        <p>
          You did {doneIds.length} of {exercises.length} exercises. Two quick questions for your plan:
        </p>
        <PainScale id="pain-during" legend="What was the worst pain during the exercises?" value={painDuring} onChange={setPainDuring} />
        <PainScale id="pain-after" legend="How much pain do you have now?" value={painAfter} onChange={setPainAfter} />
        <p class="error-message" aria-live="assertive">
          {problem || saveError}
        </p>
        <p class="actions">
          <button type="button" class="button button-primary" disabled={saving} onClick={() => void save()}>
            {saving ? 'Saving…' : todays ? "Save with today's check-in" : "Next: today's check-in"}
          </button>
        </p>
      </section>
    );
  }

  if (stage === 'checkin') {
    return (
      <section aria-labelledby="checkin-stage-title" class="session-stage">
        <h2 id="checkin-stage-title" ref={stageHeading} tabIndex={-1}>
          Today's check-in
        </h2>
        <p>Your session is saved with today's check-in. About a minute.</p>
        <CheckInForm
          last={last}
          exercisesDone={doneIds}
          exerciseTitles={Object.fromEntries(exercises.map((e) => [e.id, e.title]))}
          redFlagQuestions={Object.fromEntries(knowledge.evidence.filter((e) => (RED_FLAG_IDS as readonly string[]).includes(e.id)).map((e) => [e.id, e.question]))}
          busy={saving}
          error={saveError}
          onSubmit={(input) => void saveWithCheckIn(input)}
        />
      </section>
    );
  }

  const within = (painDuring ?? 0) <= PAIN_LIMIT && (painAfter ?? 0) <= PAIN_LIMIT;
  return (
    <section aria-labelledby="done-title" class="session-stage">
      <h2 id="done-title" ref={stageHeading} tabIndex={-1}>
        Saved
      </h2>
      <p class="saved-note" role="status">
        Your session of {readableDate(day)} is saved with today's check-in.
      </p>
      {within ? (
        <p data-pain-response="within">
          Your pain stayed at {PAIN_LIMIT} out of 10 or less: that is within the limits. Check tomorrow morning that it has settled back; your
          check-in tells your plan.
        </p>
      ) : (
        <p data-pain-response="over" class="notice notice-warning">
          Your pain went above {PAIN_LIMIT} out of 10. Do less next time (fewer repetitions, or a smaller movement). Your plan eases off to gentler
          exercises for a while and says why on your recovery page.
        </p>
      )}
      <p>
        <a class="button button-primary" href="/dashboard">
          Back to my recovery
        </a>
      </p>
    </section>
  );
}

export function SessionPage() {
  useTitle('Guided session');
  const auth = useSession();
  const wanted = new URLSearchParams(location.search).get('recovery');
  const [recovery, setRecovery] = useState<Recovery | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const signedIn = auth.state.status === 'signed_in';

  useEffect(() => {
    if (!signedIn) return;
    recoveryApi
      .list()
      .then((list) => setRecovery(list.find((r) => r.id === wanted) ?? list[0] ?? null))
      .catch((e: Error) => setError(e.message));
  }, [signedIn]);

  return (
    <>
      <PageHeading>Guided session</PageHeading>
      {auth.state.status === 'signed_out' ? (
        <p>
          <a href="/account">Sign in</a> to follow your exercises with a guided session.
        </p>
      ) : error ? (
        <p class="notice notice-error" role="alert">
          {error}
        </p>
      ) : recovery === undefined ? (
        <p class="loading" role="status">
          Loading…
        </p>
      ) : recovery === null ? (
        <p>
          Start tracking your recovery first: <a href="/dashboard">My recovery</a>.
        </p>
      ) : (
        <Session recovery={recovery} />
      )}
    </>
  );
}
