/**
 * The daily check-in (CheckInInput), built to take under a minute: pain as three quick pickers,
 * a few one-tap choices, today's exercises, and the warning-sign questions, each answered yes or
 * no (nothing is assumed: "I have none of these" answers them all no, visibly, in one tap).
 * Starts from the last check-in's answers, never its warning signs.
 */
import { useState } from 'preact/hooks';
import type { CheckIn, CheckInInput, CheckInRedFlags, SwellingLevel, WalkingTolerance } from '../api/types.js';
import { today } from './dates.js';

export const RED_FLAG_IDS = [
  'saddle_numbness', 'bladder_change', 'bowel_change', 'both_legs_numb_or_weak', 'foot_drop', 'neuro_worsening',
  'knee_hot_red', 'fever', 'calf_swelling', 'chest_pain_or_breathless', 'leg_cold_pale', 'knee_locked', 'cannot_bear_weight',
] as const satisfies readonly (keyof CheckInRedFlags)[];
// Every red-flag question of CheckInRedFlags is asked: this fails to compile if one is missing.
type Unasked = Exclude<keyof CheckInRedFlags, (typeof RED_FLAG_IDS)[number]>;
export const ALL_RED_FLAGS_ASKED: [Unasked] extends [never] ? true : never = true;

const SWELLING: { value: SwellingLevel; label: string }[] = [
  { value: 'none', label: 'None' },
  { value: 'mild', label: 'Mild' },
  { value: 'moderate', label: 'Moderate' },
  { value: 'severe', label: 'Severe' },
];

const WALKING: { value: WalkingTolerance; label: string }[] = [
  { value: 'under_5_min', label: 'Under 5 minutes' },
  { value: '5_to_15_min', label: '5 to 15 minutes' },
  { value: '15_to_30_min', label: '15 to 30 minutes' },
  { value: '30_to_60_min', label: '30 to 60 minutes' },
  { value: 'over_60_min', label: 'Over an hour' },
];

const PAIN_SITES = [
  { site: 'knee', label: 'Knee pain' },
  { site: 'leg', label: 'Leg pain' },
  { site: 'back', label: 'Back pain' },
] as const;

interface Draft {
  date: string;
  pain: { knee: string; leg: string; back: string };
  numbnessTingling: boolean | null;
  swelling: SwellingLevel | null;
  weakness: boolean | null;
  walkingTolerance: WalkingTolerance | null;
  sleep: string;
  medicines: string;
  note: string;
  /** Each warning sign: true, false, or null while not answered. */
  redFlags: Record<string, boolean | null>;
}

const unanswered = (): Record<string, boolean | null> => Object.fromEntries(RED_FLAG_IDS.map((id) => [id, null]));

function draftFrom(base: CheckInInput | undefined, editing: boolean): Draft {
  const s = (n: number | undefined) => (n === undefined ? '' : String(n));
  return {
    date: editing && base ? base.date : today(),
    pain: { knee: s(base?.pain.knee), leg: s(base?.pain.leg), back: s(base?.pain.back) },
    numbnessTingling: base?.numbnessTingling ?? null,
    swelling: base?.swelling ?? null,
    weakness: base?.weakness ?? null,
    walkingTolerance: base?.walkingTolerance ?? null,
    sleep: s(base?.sleep),
    medicines: base?.medicinesTaken.join(', ') ?? '',
    note: editing && base ? (base.note ?? '') : '',
    redFlags: editing && base ? Object.fromEntries(RED_FLAG_IDS.map((id) => [id, base.redFlags[id] ?? null])) : unanswered(),
  };
}

/** Turns the form into a CheckInInput, or names what is missing. */
export function toCheckIn(d: Draft, exercisesDone: readonly string[]): { ok: true; value: CheckInInput } | { ok: false; field: string; message: string } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date)) return { ok: false, field: 'date', message: 'Please enter the date of this check-in.' };
  if (d.numbnessTingling === null) return { ok: false, field: 'numbness', message: 'Please say whether you have numbness or tingling today.' };
  if (d.swelling === null) return { ok: false, field: 'swelling', message: 'Please choose how swollen the knee is today.' };
  if (d.weakness === null) return { ok: false, field: 'weakness', message: 'Please say whether your leg feels weak today.' };
  if (d.walkingTolerance === null) return { ok: false, field: 'walking', message: 'Please choose how long you could walk today.' };
  if (d.sleep === '') return { ok: false, field: 'sleep', message: 'Please rate how well you slept.' };
  const open = RED_FLAG_IDS.find((id) => d.redFlags[id] === null || d.redFlags[id] === undefined);
  if (open) return { ok: false, field: `flag-${open}`, message: 'Please answer each warning-sign question yes or no. If you have none of them, tap “I have none of these”.' };
  const pain: CheckInInput['pain'] = {};
  for (const { site } of PAIN_SITES) if (d.pain[site] !== '') pain[site] = Number(d.pain[site]);
  const redFlags: CheckInRedFlags = {};
  for (const id of RED_FLAG_IDS) redFlags[id] = d.redFlags[id] === true;
  const note = d.note.trim();
  return {
    ok: true,
    value: {
      date: d.date,
      pain,
      numbnessTingling: d.numbnessTingling,
      swelling: d.swelling,
      weakness: d.weakness,
      walkingTolerance: d.walkingTolerance,
      sleep: Number(d.sleep),
      exercisesDone: [...new Set(exercisesDone)],
      medicinesTaken: d.medicines.split(',').map((m) => m.trim()).filter(Boolean).slice(0, 20),
      ...(note ? { note } : {}),
      redFlags,
    },
  };
}

function YesNo({ name, legend, value, onChange, invalid }: { name: string; legend: string; value: boolean | null; onChange(v: boolean): void; invalid: boolean }) {
  return (
    <fieldset class="inline-choice" id={`ci-${name}`} tabIndex={-1}>
      <legend>{legend}</legend>
      {([true, false] as const).map((v) => (
        <label key={String(v)} class="choice choice-inline">
          <input type="radio" name={name} checked={value === v} aria-invalid={invalid || undefined} onChange={() => onChange(v)} />
          <span>{v ? 'Yes' : 'No'}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function CheckInForm(props: {
  last?: CheckIn | undefined;
  editing?: CheckIn | undefined;
  /** Ticked in the phase's exercise list; saved with this check-in. */
  exercisesDone: readonly string[];
  exerciseTitles: Record<string, string>;
  redFlagQuestions: Record<string, string>;
  busy: boolean;
  error: string | null;
  /** No exercise prompts while an emergency or same-day alert stands. */
  exercisesPaused?: boolean;
  onSubmit(input: CheckInInput): void;
  onCancel?: (() => void) | undefined;
}) {
  const [d, setD] = useState<Draft>(() => draftFrom(props.editing ?? props.last, props.editing !== undefined));
  const [problem, setProblem] = useState<{ field: string; message: string } | null>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setD((cur) => ({ ...cur, [key]: value }));
  const bad = (field: string) => problem?.field === field;

  function submit(event: Event): void {
    event.preventDefault();
    const result = toCheckIn(d, props.exercisesDone);
    if (!result.ok) {
      setProblem({ field: result.field, message: result.message });
      document.getElementById(`ci-${result.field}`)?.focus();
      return;
    }
    setProblem(null);
    props.onSubmit(result.value);
  }

  return (
    <form class="check-in" onSubmit={submit} noValidate aria-describedby="check-in-intro">
      <p id="check-in-intro" class="hint">
        About a minute. Answer for today.
      </p>
      <p class="field">
        <label for="ci-date">Date</label>
        <input id="ci-date" class="input" type="date" value={d.date} max={today()} required aria-invalid={bad('date') || undefined}
          onInput={(e) => set('date', (e.target as HTMLInputElement).value)} />
      </p>

      <fieldset class="pain-pickers">
        <legend>Worst pain today, 0 (none) to 10 (worst imaginable). Leave blank what you do not have.</legend>
        {PAIN_SITES.map(({ site, label }) => (
          <p key={site} class="field field-inline">
            <label for={`ci-pain-${site}`}>{label}</label>
            <select id={`ci-pain-${site}`} class="input input-select" value={d.pain[site]}
              onChange={(e) => set('pain', { ...d.pain, [site]: (e.target as HTMLSelectElement).value })}>
              <option value="">–</option>
              {Array.from({ length: 11 }, (_, i) => (
                <option key={i} value={String(i)}>
                  {i}
                </option>
              ))}
            </select>
          </p>
        ))}
      </fieldset>

      <YesNo name="numbness" legend="Numbness or tingling in the leg or foot today?" value={d.numbnessTingling} invalid={bad('numbness')} onChange={(v) => set('numbnessTingling', v)} />
      <YesNo name="weakness" legend="Does the leg feel weak today?" value={d.weakness} invalid={bad('weakness')} onChange={(v) => set('weakness', v)} />

      <fieldset class="inline-choice" id="ci-swelling" tabIndex={-1}>
        <legend>Knee swelling today</legend>
        {SWELLING.map((o) => (
          <label key={o.value} class="choice choice-inline">
            <input type="radio" name="swelling" checked={d.swelling === o.value} aria-invalid={bad('swelling') || undefined} onChange={() => set('swelling', o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </fieldset>

      <fieldset class="inline-choice" id="ci-walking" tabIndex={-1}>
        <legend>How long could you walk today?</legend>
        {WALKING.map((o) => (
          <label key={o.value} class="choice choice-inline">
            <input type="radio" name="walking" checked={d.walkingTolerance === o.value} aria-invalid={bad('walking') || undefined} onChange={() => set('walkingTolerance', o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </fieldset>

      <p class="field field-inline">
        <label for="ci-sleep">How well did you sleep? 0 (very badly) to 10 (very well)</label>
        <select id="ci-sleep" class="input input-select" value={d.sleep} aria-invalid={bad('sleep') || undefined}
          onChange={(e) => set('sleep', (e.target as HTMLSelectElement).value)}>
          <option value="">–</option>
          {Array.from({ length: 11 }, (_, i) => (
            <option key={i} value={String(i)}>
              {i}
            </option>
          ))}
        </select>
      </p>

      {!props.exercisesPaused && (
        <p class="hint exercises-note">
          Exercises done: {props.exercisesDone.length === 0 ? 'none ticked yet' : props.exercisesDone.map((id) => props.exerciseTitles[id] ?? id).join(', ')}
          {' '}(tick them in the exercise list).
        </p>
      )}

      <p class="field">
        <label for="ci-medicines">Medicines taken today</label>
        <span class="hint" id="ci-medicines-hint">Separate them with commas, for example: paracetamol, ibuprofen</span>
        <input id="ci-medicines" class="input" type="text" autoComplete="off" aria-describedby="ci-medicines-hint" value={d.medicines}
          onInput={(e) => set('medicines', (e.target as HTMLInputElement).value)} />
      </p>

      <fieldset class="red-flag-checks" aria-describedby="ci-flags-hint">
        <legend>Since your last check-in, have you had any of these?</legend>
        <p id="ci-flags-hint" class="hint">
          Answer each one. These are warning signs: a yes gets you advice at once.
        </p>
        <p>
          <button type="button" class="button button-secondary button-small" onClick={() => set('redFlags', Object.fromEntries(RED_FLAG_IDS.map((id) => [id, false])))}>
            I have none of these
          </button>
        </p>
        {RED_FLAG_IDS.map((id) => (
          <fieldset key={id} class="flag-row" id={`ci-flag-${id}`} tabIndex={-1} data-flag={id}>
            <legend>{props.redFlagQuestions[id] ?? id.replace(/_/g, ' ')}</legend>
            {([true, false] as const).map((v) => (
              <label key={String(v)} class="choice choice-inline">
                <input type="radio" name={`flag-${id}`} value={v ? 'yes' : 'no'} checked={d.redFlags[id] === v} aria-invalid={bad(`flag-${id}`) || undefined}
                  onChange={() => set('redFlags', { ...d.redFlags, [id]: v })} />
                <span>{v ? 'Yes' : 'No'}</span>
              </label>
            ))}
          </fieldset>
        ))}
      </fieldset>

      <p class="field">
        <label for="ci-note">Note (optional)</label>
        <textarea id="ci-note" class="input" rows={2} maxLength={2000} value={d.note} onInput={(e) => set('note', (e.target as HTMLTextAreaElement).value)} />
      </p>

      <p class="error-message" aria-live="assertive">
        {problem?.message ?? props.error ?? ''}
      </p>
      <div class="actions">
        <button type="submit" class="button button-primary" disabled={props.busy}>
          {props.busy ? 'Saving…' : props.editing ? 'Save changes' : 'Save check-in'}
        </button>
        {props.onCancel && (
          <button type="button" class="button button-link" onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
