/**
 * One recovery: an emergency or same-day alert first, as a banner as strong as the interview's
 * interrupt; then today's check-in; progress (a sentence per trend, dated charts of what the
 * person tracks, warning-sign days marked); other alerts; the phase; exercises (paused while an
 * emergency or same-day alert stands); the check-ins so far. Each part is one DashSection in
 * the `sections` list, so a new one (adherence, a guided session) is one more entry.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ApiError } from '../api/client.js';
import { loadKnowledge } from '../api/knowledge.js';
import type { CheckIn, CheckInInput, Recovery, RecoverySeries, RecoverySummary } from '../api/types.js';
import { LineChart } from '../charts/line-chart.js';
import { ExercisePair } from '../exercises/exercise-figure.js';
import '../exercises/exercises.css';
import { ExerciseDetails } from '../results/recovery-plan-view.js';
import type { ComponentChildren } from 'preact';
import { Icon } from '../components/icons.js';
import { AlertBanners, AlertList, isStrong } from './alert-list.js';
import { CheckInForm, RED_FLAG_IDS } from './check-in-form.js';
import { addDays, readableDate, shortDate, today } from './dates.js';
import { PhaseTimeline } from './phase-timeline.js';
import { AdherenceChart } from './adherence-chart.js';
import { PlanProgress } from './plan-progress.js';
import { Reminders } from './reminders.js';
import { recoveryApi } from './recovery-api.js';
import { MeasuresSection } from './measures-section.js';
import type { RecoveryMeasureResult } from '../../../src/schemas/measure-results.js';

interface Data {
  summary: RecoverySummary;
  series: RecoverySeries;
  checkIns: CheckIn[];
  measures: RecoveryMeasureResult[];
}

/** The person's problem in the PSFS form's words: "your knee problem", "your back problem". */
function problemWords(series: RecoverySeries): string {
  const knee = tracksKnee(series);
  const back = series.points.some((p) => p.backPain !== null || p.legPain !== null);
  return knee && back ? 'knee and back' : knee ? 'knee' : back ? 'back' : 'knee or back';
}

const SWELLING_WORDS = { 0: 'none', 1: 'mild', 2: 'moderate', 3: 'severe' };
const WALKING_WORDS = { 0: '<5 min', 1: '5-15 min', 2: '15-30 min', 3: '30-60 min', 4: '>1 hour' };

/** Whether the person tracks the knee: a knee pain score, or any swelling, at some check-in. */
export function tracksKnee(series: RecoverySeries): boolean {
  return series.points.some((p) => p.kneePain !== null || p.swelling > 0);
}

/** Charts of what the person tracks only, dated, with the days a warning sign was reported marked. */
function Charts({ series }: { series: RecoverySeries }) {
  if (series.points.length === 0) return <p>Your charts appear here after your first check-in.</p>;
  const pts = series.points;
  const dateOf = (day: number) => shortDate(addDays(series.onsetDate, day));
  const marks = pts.filter((p) => p.redFlag).map((p) => p.day);
  const span = `from ${shortDate(pts[0]!.date)} to ${shortDate(pts[pts.length - 1]!.date)}`;
  const warned = marks.length > 0 ? ` A warning sign was reported on ${marks.map(dateOf).join(', ')}.` : '';
  const pain = [
    { id: 'knee', label: 'Knee', points: pts.map((p) => ({ x: p.day, y: p.kneePain })) },
    { id: 'leg', label: 'Leg', points: pts.map((p) => ({ x: p.day, y: p.legPain })) },
    { id: 'back', label: 'Back', points: pts.map((p) => ({ x: p.day, y: p.backPain })) },
  ].filter((s) => s.points.some((p) => p.y !== null));
  const common = { xLabel: dateOf, xTitle: 'date of check-in', marks };
  return (
    <div class="charts">
      {pain.length > 0 && (
        <LineChart
          id="chart-pain"
          title="Pain (0 none to 10 worst)"
          description={`Worst pain each check-in day, ${span}.${warned}`}
          yMin={0}
          yMax={10}
          yTicks={[0, 2, 4, 6, 8, 10]}
          series={pain}
          {...common}
        />
      )}
      {tracksKnee(series) && (
        <LineChart
          id="chart-swelling"
          title="Knee swelling"
          description={`Knee swelling each check-in day, ${span}: none, mild, moderate or severe.${warned}`}
          yMin={0}
          yMax={3}
          yTicks={[0, 1, 2, 3]}
          yLabels={SWELLING_WORDS}
          series={[{ id: 'swelling', label: 'Swelling', points: pts.map((p) => ({ x: p.day, y: p.swelling })) }]}
          {...common}
        />
      )}
      <LineChart
        id="chart-walking"
        title="Walking: how long you could walk"
        description={`How long you could walk each check-in day, ${span}, from under 5 minutes to over an hour. Higher is better.${warned}`}
        yMin={0}
        yMax={4}
        yTicks={[0, 1, 2, 3, 4]}
        yLabels={WALKING_WORDS}
        series={[{ id: 'walking', label: 'Walking', points: pts.map((p) => ({ x: p.day, y: p.walkingTolerance })) }]}
        {...common}
      />
      <AdherenceChart weeks={series.weeks} />
    </div>
  );
}

/** One sentence per measure the person tracks: "Leg pain fell from 7 to 3 in 4 days." */
function TrendSentences({ summary, series }: { summary: RecoverySummary; series: RecoverySeries }) {
  const knee = tracksKnee(series);
  const said = summary.trends.filter((t) => t.sentence && (t.measure !== 'swelling' || knee));
  if (said.length === 0) return null;
  return (
    <ul class="trend-list">
      {said.map((t) => (
        <li key={t.measure} data-trend={t.measure} data-direction={t.direction}>
          {t.sentence}
        </li>
      ))}
    </ul>
  );
}

/** A dashboard section: a titled block. The page is a list of these, so adding one is one line. */
function DashSection({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={`${id}-title`} class="dash-section" data-dash={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
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
  const [formOpen, setFormOpen] = useState(false);
  const day = today();

  async function refresh(): Promise<Data> {
    const [summary, series, checkIns, measures] = await Promise.all([
      recoveryApi.summary(recovery.id, day),
      recoveryApi.series(recovery.id),
      recoveryApi.checkIns(recovery.id),
      recoveryApi.measures(recovery.id),
    ]);
    const next = { summary, series, checkIns, measures };
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
      setFormOpen(false);
      setFormKey((k) => k + 1);
      setStatus(`Check-in for ${readableDate(input.date)} saved.`);
      // A warning sign: its banner is at the top of the page, and takes the focus there.
      if (next.summary.alerts.some(isStrong)) {
        requestAnimationFrame(() => {
          const heading = document.getElementById('alerts-banner-title');
          heading?.focus();
          heading?.scrollIntoView();
        });
      }
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
  // While an emergency or same-day alert stands, nothing asks for exercises (hazard H3).
  const paused = summary.alerts.some(isStrong);
  const alerts = paused ? summary.alerts.filter((a) => a.kind !== 'inactivity') : summary.alerts;
  const checkedInToday = todays && !editing && !formOpen;

  const checkInSection = (
    <DashSection key="checkin" id="checkin" title={editing ? `Change the check-in of ${readableDate(editing.date)}` : "Today's check-in"}>
      {checkedInToday ? (
        <div class="checked-in">
          <p class="saved-note">
            <Icon name="check" /> You checked in today. Thank you.
          </p>
          <p class="actions">
            <button type="button" class="button button-secondary" onClick={() => setEditing(todays)}>
              Change today's check-in
            </button>
            <button type="button" class="button button-link" onClick={() => setFormOpen(true)}>
              Add a check-in for another day
            </button>
          </p>
        </div>
      ) : (
        <CheckInForm
          key={formKey + (editing?.id ?? '')}
          last={data.checkIns[data.checkIns.length - 1]}
          editing={editing ?? undefined}
          exercisesDone={editing ? editing.exercisesDone : ticked}
          exerciseTitles={exerciseTitles}
          redFlagQuestions={questions}
          busy={saving}
          error={saveError}
          exercisesPaused={paused}
          onSubmit={(input) => void save(input)}
          onCancel={editing || formOpen ? () => { setEditing(null); setFormOpen(false); } : undefined}
        />
      )}
      <p class="status" role="status">
        {status}
      </p>
    </DashSection>
  );

  const sections = [
    checkInSection,
    <DashSection key="measures" id="measures" title="Your scores">
      <MeasuresSection
        recoveryId={recovery.id}
        onsetDate={summary.onsetDate}
        progress={summary.measures}
        results={data.measures}
        paused={paused}
        problem={problemWords(series)}
        onSaved={async () => {
          await refresh();
        }}
      />
    </DashSection>,
    <DashSection key="progress" id="progress" title="Your progress">
      <TrendSentences summary={summary} series={series} />
      <Charts series={series} />
    </DashSection>,
    (alerts.length === 0 || alerts.some((a) => !isStrong(a))) && (
      <DashSection key="alerts" id="alerts" title={paused ? 'Also tell the clinician' : 'Things to keep an eye on'}>
        <AlertList alerts={alerts} brief={paused} />
      </DashSection>
    ),
    <DashSection key="phase" id="phase" title="Where you are">
      <PhaseTimeline phases={series.phases} status={summary.phase} />
      {!paused && <PlanProgress progression={summary.progression} />}
      {!paused && <p>{summary.plan.focus}</p>}
    </DashSection>,
    paused ? (
      <DashSection key="exercises" id="exercises" title="Exercises">
        <p class="paused-note" data-exercises-paused>
          <Icon name="info" /> Exercises are paused until you have been seen about the warning above. Ask the clinician when to start again.
        </p>
      </DashSection>
    ) : (
      <DashSection key="exercises" id="exercises" title="This phase's exercises">
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
      </DashSection>
    ),
    <DashSection key="reminders" id="reminders" title="Reminders">
      <Reminders recoveryId={recovery.id} />
    </DashSection>,
    data.checkIns.length > 0 && (
      <DashSection key="history" id="history" title="Your check-ins">
        <ul class="history">
          {[...data.checkIns].reverse().map((c) => (
            <li key={c.id}>
              <span>
                <strong>{readableDate(c.date)}</strong>: {historyLine(c)}
              </span>
              <button type="button" class="button button-link button-small" onClick={() => { setEditing(c); document.getElementById('checkin-title')?.scrollIntoView(); }}>
                Change<span class="visually-hidden"> the check-in of {readableDate(c.date)}</span>
              </button>
            </li>
          ))}
        </ul>
      </DashSection>
    ),
  ];

  return (
    <div class="recovery" data-recovery-id={recovery.id} data-paused={paused ? 'true' : 'false'}>
      <AlertBanners alerts={summary.alerts} headingId="alerts-banner-title" />
      <p class="lead">
        {recovery.title ? `${recovery.title}: the pain` : 'Your pain'} began on {readableDate(summary.onsetDate)}. {summary.checkIns.count} check-in
        {summary.checkIns.count === 1 ? '' : 's'} so far.
        {recovery.assessmentId && (
          <>
            {' '}
            <a href={`/results/${encodeURIComponent(recovery.assessmentId)}`}>See the results it began from</a>.
          </>
        )}
      </p>
      {sections}
      <p class="notice">{summary.notice}</p>
    </div>
  );
}

/** A check-in in one line: the pain scores given, swelling if any, and a warning sign if one was reported. */
function historyLine(c: CheckIn): string {
  const parts: string[] = [];
  for (const [site, label] of [['knee', 'knee'], ['leg', 'leg'], ['back', 'back']] as const) {
    const v = c.pain[site];
    if (v !== undefined) parts.push(`${label} pain ${v}`);
  }
  if (c.swelling !== 'none') parts.push(`swelling ${c.swelling}`);
  if (Object.values(c.redFlags).some((v) => v === true)) parts.push('warning sign reported');
  return parts.join(', ') || 'no pain recorded';
}
