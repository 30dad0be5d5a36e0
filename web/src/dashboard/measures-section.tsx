/**
 * "Your scores": the validated measures of this recovery. Each that fits the picture asks for a
 * starting score first, then is due once a week (STarT Back once; PSFS and pain any day the
 * person likes). Each score is shown over time with the band of change too small to notice
 * around the starting score, a sentence saying what changed, and the instrument's attribution
 * beside it. While an emergency or same-day alert stands, nothing here asks for answers.
 */
import { useState } from 'preact/hooks';
import type { MeasureId } from '../../../src/knowledge/measures/instrument.js';
import type { InstrumentProgress, MeasureProgress, MeasureSeries, RecoveryMeasureResult } from '../../../src/schemas/measure-results.js';
import type { MeasureAnswers, PsfsAnswers } from '../../../src/schemas/measures.js';
import { ApiError } from '../api/client.js';
import { LineChart } from '../charts/line-chart.js';
import { Attribution } from '../measures/attribution.js';
import { NprsForm } from '../measures/nprs-form.js';
import { PsfsForm } from '../measures/psfs-form.js';
import { RolandMorrisForm } from '../measures/roland-morris-form.js';
import { StartBackForm } from '../measures/start-back-form.js';
import { useEngine } from '../measures/use-engine.js';
import { addDays, readableDate, relativeDate, shortDate, today } from './dates.js';
import { recoveryApi } from './recovery-api.js';

/** PSFS and pain may be answered any day; the others when due. */
const ANY_DAY: readonly MeasureId[] = ['psfs', 'nprs'];

const RISK_WORDS = { low: 'Low risk: likely to get better soon.', medium: 'Medium risk: may take longer to settle.', high: 'High risk: may last longer.' } as const;

function statusWords(p: InstrumentProgress, day: string): string {
  switch (p.status) {
    case 'baseline_due':
      return 'Start here: answer it once to set your starting point.';
    case 'due':
      return `Due now: last answered ${relativeDate(p.lastDate!, day)}.`;
    case 'up_to_date':
      return `Up to date: next ${p.nextDue === day ? 'today' : `on ${readableDate(p.nextDue!)}`}.`;
    case 'done':
      return `Answered ${relativeDate(p.lastDate!, day)}. Once is enough.`;
  }
}

const ticksFor = (max: number) => (max > 10 ? [0, 6, 12, 18, 24].filter((t) => t <= max) : [0, 2, 4, 6, 8, 10].filter((t) => t <= max));

function SeriesView({ p, s, onsetDate }: { p: InstrumentProgress; s: MeasureSeries; onsetDate: string }) {
  const direction = s.higherIsBetter ? 'higher is better' : 'lower is better';
  const scale = `${s.min} to ${s.max}, ${direction}`;
  // "Leg pain, 0-10" → "Leg pain"; "Roland-Morris score (statements ticked)" → "Roland-Morris score".
  const name = s.title.replace(/, 0-10$/, '').replace(/ \(.*\)$/, '');
  const id = `chart-${p.instrument}-${s.scale}`;
  if (s.points.length < 2) {
    const first = s.points[0];
    return first ? (
      <p class="measure-start" data-sentence={`${p.instrument}.${s.scale}`}>
        Your starting score{p.instrument === 'nprs' ? ` for ${s.title.replace(/, 0-10$/, '').toLowerCase()}` : ''} on {readableDate(first.date)}:{' '}
        <strong>{first.value}</strong> out of {s.max} ({direction}).
      </p>
    ) : null;
  }
  const mdc = s.change?.threshold.kind === 'mdc';
  return (
    <>
      {s.sentence && (
        <p class="measure-sentence" data-sentence={`${p.instrument}.${s.scale}`} data-direction={s.change?.direction} data-meaningful={s.change?.meaningful ? 'true' : 'false'}>
          {s.sentence}
        </p>
      )}
      <LineChart
        id={id}
        title={`${name}: ${scale}`}
        description={`Your ${name.toLowerCase()} on each day you answered, from ${shortDate(s.points[0]!.date)} to ${shortDate(s.points[s.points.length - 1]!.date)}. `
          + (s.band ? `The shaded band around your first score, ${s.band.low} to ${s.band.high}, is a change ${mdc ? 'too small to be sure it is real' : 'too small for people to notice'}.` : '')}
        yMin={s.min}
        yMax={s.max}
        yTicks={ticksFor(s.max)}
        series={[{ id: s.scale, label: s.title, points: s.points.map((x) => ({ x: x.day, y: x.value })) }]}
        xLabel={(day) => shortDate(addDays(onsetDate, day))}
        xTitle="date answered"
        {...(s.band ? { band: { ...s.band, label: mdc ? 'Too small to be sure it is a real change' : 'Too small a change to notice' } } : {})}
      />
    </>
  );
}

function AnswerForm({ p, recoveryId, problem, previousActivities, onSaved, onCancel }: {
  p: InstrumentProgress;
  recoveryId: string;
  problem: string;
  previousActivities: readonly string[];
  onSaved(message: string): void;
  onCancel(): void;
}) {
  const { engine, failed } = useEngine();
  const [date, setDate] = useState(today());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (failed) return <p class="notice notice-error">The questions could not be loaded. Check your connection and try again.</p>;
  if (!engine) return <p class="loading" role="status">Loading the questions…</p>;

  async function save(answers: MeasureAnswers[MeasureId]): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      const saved = await recoveryApi.addMeasure(recoveryId, p.instrument, { date, answers });
      const only = saved.result.scores.length === 1 ? saved.result.scores[0] : undefined;
      onSaved(saved.result.risk ? `${p.shortTitle} saved: ${saved.result.risk.display.toLowerCase()}.` : only ? `${p.shortTitle} saved. Your score: ${only.value}.` : `${p.shortTitle} saved.`);
    } catch (e) {
      setError(e instanceof ApiError && e.status === 409 ? `You already answered ${p.shortTitle} on that day. Choose another date.` : (e as Error).message);
      setBusy(false);
    }
  }

  const dateField = (
    <p class="field field-inline">
      <label for={`date-${p.instrument}`}>Date</label>
      <input id={`date-${p.instrument}`} class="input" type="date" value={date} max={today()} onInput={(e) => setDate((e.target as HTMLInputElement).value)} />
    </p>
  );
  const common = { busy, error, submitLabel: `Save ${p.shortTitle}`, onCancel };
  switch (p.instrument) {
    case 'start-back':
      return <StartBackForm instrument={engine.MEASURES['start-back']} idPrefix="dash-sb" {...common} onSubmit={(a) => void save(a)}>{dateField}</StartBackForm>;
    case 'roland-morris':
      return <RolandMorrisForm instrument={engine.MEASURES['roland-morris']} {...common} onSubmit={(a) => void save(a)}>{dateField}</RolandMorrisForm>;
    case 'psfs':
      return <PsfsForm instrument={engine.MEASURES.psfs} problem={problem} previous={previousActivities} {...common} onSubmit={(a) => void save(a)}>{dateField}</PsfsForm>;
    case 'nprs':
      return <NprsForm instrument={engine.MEASURES.nprs} {...common} onSubmit={(a) => void save(a)}>{dateField}</NprsForm>;
  }
}

export function MeasuresSection({ recoveryId, onsetDate, progress, results, paused, problem, onSaved }: {
  recoveryId: string;
  onsetDate: string;
  progress: MeasureProgress;
  results: readonly RecoveryMeasureResult[];
  paused: boolean;
  /** The person's problem in the PSFS's words ("knee", "back"). */
  problem: string;
  onSaved(): Promise<void>;
}) {
  const [open, setOpen] = useState<MeasureId | null>(null);
  const [status, setStatus] = useState('');
  const { engine } = useEngine();
  const day = today();
  const lastPsfs = [...results].reverse().find((r) => r.instrument === 'psfs');
  const previousActivities = lastPsfs ? (lastPsfs.answers as unknown as PsfsAnswers).activities.map((a) => a.name) : [];
  const due = progress.instruments.filter((p) => progress.due.includes(p.instrument));

  return (
    <div class="measures" data-due={progress.due.join(' ')}>
      <p>
        Short questionnaires that clinics use to see how people get on. Your first answers are your starting point; then answer once a week to see the
        change.
      </p>
      {paused ? (
        <p class="paused-note" data-measures-paused>
          These can wait until you have been seen about the warning above.
        </p>
      ) : (
        due.length > 0 && (
          <p class="measure-status status-due" data-measures-due>
            Due now: {due.map((p) => p.shortTitle).join(', ')}.
          </p>
        )
      )}
      <ul class="measure-list">
        {progress.instruments.map((p) => {
          const answeredToday = p.lastDate === day;
          const canAnswer = !paused && !answeredToday && (p.status === 'baseline_due' || p.status === 'due' || (p.status === 'up_to_date' && ANY_DAY.includes(p.instrument)));
          return (
            <li key={p.instrument} class="measure-card" data-measure={p.instrument} data-status={p.status}>
              <h3 id={`measure-${p.instrument}-title`} tabIndex={-1}>
                {p.title}
              </h3>
              <p>{p.why}</p>
              <p class={`measure-status status-${p.status}`}>{statusWords(p, day)}</p>
              {p.risk && (
                <>
                  <p class="measure-sentence" data-risk={p.risk.code}>
                    Your answers on {readableDate(p.risk.date)}: {RISK_WORDS[p.risk.code]}
                  </p>
                  {engine && <p data-matched-care={p.risk.code}>What usually helps most: {engine.MATCHED_CARE[p.risk.code].title.toLowerCase()}.</p>}
                </>
              )}
              {p.instrument !== 'start-back' && p.series.map((s) => <SeriesView key={s.scale} p={p} s={s} onsetDate={onsetDate} />)}
              {open === p.instrument ? (
                <AnswerForm
                  p={p}
                  recoveryId={recoveryId}
                  problem={problem}
                  previousActivities={previousActivities}
                  onCancel={() => setOpen(null)}
                  onSaved={(message) => {
                    void onSaved().then(() => {
                      setOpen(null);
                      setStatus(message);
                      requestAnimationFrame(() => document.getElementById(`measure-${p.instrument}-title`)?.focus());
                    });
                  }}
                />
              ) : (
                canAnswer && (
                  <p class="actions">
                    <button type="button" class={p.status === 'up_to_date' ? 'button button-secondary' : 'button button-primary'} onClick={() => setOpen(p.instrument)}>
                      {p.status === 'baseline_due' ? `Answer ${p.shortTitle} now` : p.status === 'due' ? `Answer ${p.shortTitle} again` : `Answer ${p.shortTitle} again today`}
                    </button>
                  </p>
                )
              )}
              {open !== p.instrument && <Attribution text={p.attribution} />}
            </li>
          );
        })}
      </ul>
      <p class="status" role="status">
        {status}
      </p>
    </div>
  );
}
