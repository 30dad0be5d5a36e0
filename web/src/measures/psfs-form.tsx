/**
 * The Patient-Specific Functional Scale: the person names the activities their problem makes
 * hard (one to five) and rates each 0 to 10, with the form's own anchors. The next time, the same
 * activities come back to be rated again, so the change is measured on the same things.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { PsfsInstrument } from '../../../src/knowledge/measures/instrument.js';
import type { PsfsAnswers } from '../../../src/schemas/measures.js';
import { Attribution } from './attribution.js';

interface Row {
  name: string;
  rating: string;
}

export function PsfsForm(props: {
  instrument: PsfsInstrument;
  /** The activities named last time: rated again, in the same order. */
  previous?: readonly string[];
  /** The person's problem, to fill the form's blank ("your knee problem"). */
  problem: string;
  busy?: boolean;
  error?: string | null;
  submitLabel: string;
  children?: ComponentChildren;
  onSubmit(answers: PsfsAnswers): void;
  onCancel?: () => void;
}) {
  const m = props.instrument;
  const [rows, setRows] = useState<Row[]>(() => (props.previous && props.previous.length > 0 ? props.previous.map((name) => ({ name, rating: '' })) : [{ name: '', rating: '' }]));
  const [problem, setProblem] = useState<{ row: number; field: 'name' | 'rating'; message: string } | null>(null);
  const set = (i: number, row: Partial<Row>) => setRows((cur) => cur.map((r, j) => (j === i ? { ...r, ...row } : r)));

  function submit(event: Event): void {
    event.preventDefault();
    const filled = rows.filter((r) => r.name.trim() !== '' || r.rating !== '');
    for (const [i, r] of rows.entries()) {
      if (r.name.trim() === '' && r.rating === '') continue;
      if (r.name.trim() === '') return fail(i, 'name', `Please name activity ${i + 1}, or clear its rating.`);
      if (r.rating === '') return fail(i, 'rating', `Please rate “${r.name.trim()}” from 0 to 10.`);
    }
    if (filled.length === 0) return fail(0, 'name', 'Please name at least one activity that your problem makes hard, and rate it.');
    setProblem(null);
    props.onSubmit({ activities: filled.map((r) => ({ name: r.name.trim(), rating: Number(r.rating) })) });
  }

  function fail(row: number, field: 'name' | 'rating', message: string): void {
    setProblem({ row, field, message });
    document.getElementById(`psfs-${field}-${row}`)?.focus();
  }

  const instructions = m.instructions.replaceAll(m.problemBlank, props.problem);
  return (
    <form class="measure-form" data-instrument="psfs" noValidate aria-describedby="psfs-instructions" onSubmit={submit}>
      {props.children}
      <p id="psfs-instructions" class="measure-instructions">
        {instructions}
      </p>
      <p class="hint">
        Rate each from 0 ({m.ratingAnchors[0].toLowerCase()}) to 10 ({m.ratingAnchors[10].toLowerCase()}).
        {props.previous && props.previous.length > 0 ? ' These are the activities you named last time, so the change is measured on the same things.' : ''}
      </p>
      {rows.map((r, i) => (
        <fieldset key={i} class="psfs-activity" data-activity={i}>
          <legend>Activity {i + 1}</legend>
          <p class="field">
            <label for={`psfs-name-${i}`}>What the activity is</label>
            <input id={`psfs-name-${i}`} class="input" type="text" maxLength={m.maxNameLength} value={r.name} autoComplete="off"
              aria-invalid={(problem?.row === i && problem.field === 'name') || undefined}
              onInput={(e) => set(i, { name: (e.target as HTMLInputElement).value })} />
          </p>
          <p class="field field-inline">
            <label for={`psfs-rating-${i}`}>How well you can do it today, 0 to 10</label>
            <select id={`psfs-rating-${i}`} class="input input-select" value={r.rating}
              aria-invalid={(problem?.row === i && problem.field === 'rating') || undefined}
              onChange={(e) => set(i, { rating: (e.target as HTMLSelectElement).value })}>
              <option value="">–</option>
              {Array.from({ length: 11 }, (_, n) => (
                <option key={n} value={String(n)}>
                  {n === 0 ? '0: unable' : n === 10 ? '10: as before' : String(n)}
                </option>
              ))}
            </select>
          </p>
          {rows.length > 1 && (
            <p>
              <button type="button" class="button button-link button-small" onClick={() => setRows((cur) => cur.filter((_, j) => j !== i))}>
                Remove activity {i + 1}
              </button>
            </p>
          )}
        </fieldset>
      ))}
      {rows.length < m.maxActivities && (
        <p>
          <button type="button" class="button button-secondary button-small" onClick={() => setRows((cur) => [...cur, { name: '', rating: '' }])}>
            Add another activity
          </button>
        </p>
      )}
      <p class="error-message" aria-live="assertive">
        {problem?.message ?? props.error ?? ''}
      </p>
      <div class="actions">
        <button type="submit" class="button button-primary" disabled={props.busy}>
          {props.busy ? 'Saving…' : props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" class="button button-link" onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
      <Attribution text={m.licence.attribution} />
    </form>
  );
}
