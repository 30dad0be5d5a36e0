/**
 * One recovery: alerts first (emergencies on top), where the person stands in the phases, the
 * phase's exercises with a done tick, today's check-in, charts of pain, swelling and walking,
 * and the check-ins so far.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client.js';
import { loadKnowledge } from '../api/knowledge.js';
import type { CheckIn, CheckInInput, Recovery, RecoverySeries, RecoverySummary } from '../api/types.js';
import { LineChart } from '../charts/line-chart.js';
import { ExercisePair } from '../exercises/exercise-figure.js';
import '../exercises/exercises.css';
import { ExerciseDetails } from '../results/recovery-plan-view.js';
import { AdherenceChart } from './adherence-chart.js';
import { AlertList } from './alert-list.js';
import { CheckInForm, RED_FLAG_IDS } from './check-in-form.js';
import { readableDate, today } from './dates.js';
import { PhaseTimeline } from './phase-timeline.js';
import { PlanProgress } from './plan-progress.js';
import { Reminders } from './reminders.js';
import { recoveryApi } from './recovery-api.js';

interface Data {
  summary: RecoverySummary;
  series: RecoverySeries;
  checkIns: CheckIn[];
}

const SWELLING_WORDS = { 0: 'none', 1: 'mild', 2: 'moderate', 3: 'severe' };
const WALKING_WORDS = { 0: '<5 min', 1: '5-15 min', 2: '15-30 min', 3: '30-60 min', 4: '>1 hour' };

function Charts({ series }: { series: RecoverySeries }) {
  if (series.points.length === 0) return <p>Your charts appear here after your first check-in.</p>;
  const pts = series.points;
  return (
    <div class="charts">
      <LineChart
        id="chart-pain"
        title="Pain (0 none to 10 worst)"
        description={`Worst pain each check-in day, from day ${pts[0]!.day} to day ${pts[pts.length - 1]!.day}.`}
        yMin={0}
        yMax={10}
        yTicks={[0, 2, 4, 6, 8, 10]}
        series={[
          { id: 'knee', label: 'Knee', points: pts.map((p) => ({ x: p.day, y: p.kneePain })) },
          { id: 'leg', label: 'Leg', points: pts.map((p) => ({ x: p.day, y: p.legPain })) },
          { id: 'back', label: 'Back', points: pts.map((p) => ({ x: p.day, y: p.backPain })) },
        ].filter((s) => s.points.some((p) => p.y !== null))}
      />
      <LineChart
        id="chart-swelling"
        title="Knee swelling"
        description="Knee swelling each check-in day: none, mild, moderate or severe."
        yMin={0}
        yMax={3}
        yTicks={[0, 1, 2, 3]}
        yLabels={SWELLING_WORDS}
        series={[{ id: 'swelling', label: 'Swelling', points: pts.map((p) => ({ x: p.day, y: p.swelling })) }]}
      />
      <LineChart
        id="chart-walking"
        title="Walking: how long you could walk"
        description="How long you could walk each check-in day, from under 5 minutes to over an hour. Higher is better."
        yMin={0}
        yMax={4}
        yTicks={[0, 1, 2, 3, 4]}
        yLabels={WALKING_WORDS}
        series={[{ id: 'walking', label: 'Walking', points: pts.map((p) => ({ x: p.day, y: p.walkingTolerance })) }]}
      />
      <AdherenceChart weeks={series.weeks} />
    </div>
  );
}

export function RecoveryView({ recovery }: { recovery: Recovery }) {
  const [data, setData] = useState<Data | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [questions, setQuestions] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [editing, setEditing] = useState<CheckIn | null>(null);
  const [ticked, setTicked] = useState<string[]>([]);
  const [formKey, setFormKey] = useState(0);
  const alertsHeading = useRef<HTMLHeadingElement>(null);
  const day = today();

  async function refresh(): Promise<Data> {
    const [summary, series, checkIns] = await Promise.all([
      recoveryApi.summary(recovery.id, day),
      recoveryApi.series(recovery.id),
      recoveryApi.checkIns(recovery.id),
    ]);
    const next = { summary, series, checkIns };
    setData(next);
    return next;
  }

  useEffect(() => {
    refresh().catch((e: Error) => setLoadError(e.message));
    // The red-flag questions in the knowledge base's own words.
    loadKnowledge()
      .then((k) => setQuestions(Object.fromEntries(k.evidence.filter((e) => (RED_FLAG_IDS as readonly string[]).includes(e.id)).map((e) => [e.id, e.question]))))
      .catch(() => setQuestions({}));
  }, [recovery.id]);

  const todays = data?.checkIns.find((c) => c.date === day);
  useEffect(() => {
    setTicked(todays?.exercisesDone ?? []);
  }, [todays?.id, todays?.updatedAt]);

  const exerciseTitles = useMemo(() => Object.fromEntries((data?.summary.plan.exercises ?? []).map((e) => [e.id, e.title])), [data]);

  async function save(input: CheckInInput): Promise<void> {
    setSaving(true);
    setSaveError(null);
    setStatus('');
    try {
      // The form does not show guided sessions: keep those saved with the check-in.
      if (editing) await recoveryApi.updateCheckIn(recovery.id, editing.id, editing.sessions ? { ...input, sessions: editing.sessions } : input);
      else await recoveryApi.addCheckIn(recovery.id, input);
      const next = await refresh();
      setEditing(null);
      setFormKey((k) => k + 1);
      setStatus(`Check-in for ${readableDate(input.date)} saved.`);
      if (next.summary.alerts.some((a) => a.severity === 'emergency' || a.severity === 'urgent')) alertsHeading.current?.focus();
    } catch (e) {
      const conflict = e instanceof ApiError && e.status === 409;
      setSaveError(conflict ? 'There is already a check-in for that date. Choose another date, or edit that check-in in the list below.' : (e as Error).message);
    } finally {
      setSaving(false);
    }
  }

  async function toggleExercise(id: string): Promise<void> {
    const next = ticked.includes(id) ? ticked.filter((x) => x !== id) : [...ticked, id];
    setTicked(next);
    if (!todays) return; // saved with today's check-in
    try {
      const { id: _id, recoveryId: _r, createdAt: _c, updatedAt: _u, ...input } = todays;
      await recoveryApi.updateCheckIn(recovery.id, todays.id, { ...input, exercisesDone: next });
      await refresh();
      setStatus('Exercises for today saved.');
    } catch (e) {
      setStatus((e as Error).message);
    }
  }

  if (loadError) {
    return (
      <p class="notice notice-error" role="alert">
        {loadError}
      </p>
    );
  }
  if (!data) {
    return (
      <p class="loading" role="status">
        Loading your recovery…
      </p>
    );
  }
  const { summary, series } = data;
  const exercises = summary.plan.exercises;

  return (
    <div class="recovery" data-recovery-id={recovery.id}>
      <p class="lead">
        {recovery.title ? `${recovery.title}: ` : ''}pain began on {readableDate(summary.onsetDate)}. {summary.checkIns.count} check-in
        {summary.checkIns.count === 1 ? '' : 's'} so far.
        {recovery.assessmentId && (
          <>
            {' '}
            <a href={`/results/${encodeURIComponent(recovery.assessmentId)}`}>See the results it began from</a>.
          </>
        )}
      </p>

      <section aria-labelledby="alerts-title" class="dash-section">
        <h2 id="alerts-title" ref={alertsHeading} tabIndex={-1}>
          Alerts
        </h2>
        <AlertList alerts={summary.alerts} />
      </section>

      <section aria-labelledby="phase-title" class="dash-section">
        <h2 id="phase-title">Where you are</h2>
        <PhaseTimeline phases={series.phases} status={summary.phase} />
        <PlanProgress progression={summary.progression} />
        <p>{summary.plan.focus}</p>
      </section>

      <section aria-labelledby="exercises-title" class="dash-section">
        <h2 id="exercises-title">This phase's exercises</h2>
        {exercises.length > 0 && (
          <p class="actions">
            <a class="button button-primary" href={`/session?recovery=${encodeURIComponent(recovery.id)}`}>
              Start today's guided session
            </a>
            <a class="button button-link" href={`/exercises?ids=${exercises.map((e) => e.id).join(',')}`}>
              Print these exercises
            </a>
          </p>
        )}
        {exercises.length === 0 ? (
          <p>No set exercises in this phase. Keep gently active as your pain allows.</p>
        ) : (
          <ul class="exercise-list exercise-ticks">
            {exercises.map((e) => (
              <li key={e.id} class="exercise" data-exercise={e.id}>
                <label class="check">
                  <input type="checkbox" checked={ticked.includes(e.id)} onChange={() => void toggleExercise(e.id)} />
                  <span>
                    Done today: <strong>{e.title}</strong>
                  </span>
                </label>
                <details>
                  <summary>
                    How to do it<span class="visually-hidden">: {e.title}</span>
                  </summary>
                  <ExercisePair id={e.id} title={e.title} />
                  <ExerciseDetails exercise={e} />
                </details>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="checkin-title" class="dash-section">
        <h2 id="checkin-title">{editing ? `Change the check-in of ${readableDate(editing.date)}` : 'Daily check-in'}</h2>
        {todays && !editing && (
          <p class="saved-note">
            You checked in today. You can add a check-in for another day, or change today's in the list below.
          </p>
        )}
        <CheckInForm
          key={formKey + (editing?.id ?? '')}
          last={data.checkIns[data.checkIns.length - 1]}
          editing={editing ?? undefined}
          exercisesDone={editing ? editing.exercisesDone : ticked}
          exerciseTitles={exerciseTitles}
          redFlagQuestions={questions}
          busy={saving}
          error={saveError}
          onSubmit={(input) => void save(input)}
          onCancel={editing ? () => setEditing(null) : undefined}
        />
        <p class="status" role="status">
          {status}
        </p>
      </section>

      <section aria-labelledby="progress-title" class="dash-section">
        <h2 id="progress-title">Your progress</h2>
        <Charts series={series} />
      </section>

      <section aria-labelledby="reminders-title" class="dash-section">
        <h2 id="reminders-title">Reminders</h2>
        <Reminders recoveryId={recovery.id} />
      </section>

      {data.checkIns.length > 0 && (
        <section aria-labelledby="history-title" class="dash-section">
          <h2 id="history-title">Your check-ins</h2>
          <ul class="history">
            {[...data.checkIns].reverse().map((c) => (
              <li key={c.id}>
                <span>
                  <strong>{readableDate(c.date)}</strong>: knee {c.pain.knee ?? '–'}, leg {c.pain.leg ?? '–'}, back {c.pain.back ?? '–'}, swelling {c.swelling}
                </span>
                <button type="button" class="button button-link button-small" onClick={() => { setEditing(c); document.getElementById('checkin-title')?.scrollIntoView(); }}>
                  Change<span class="visually-hidden"> the check-in of {readableDate(c.date)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <p class="notice">{summary.notice}</p>
    </div>
  );
}
