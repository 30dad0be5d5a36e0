/** Pain from 0 to 10 at each place it hurts: the same questions as the intake and the check-in. At least one. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { NprsInstrument } from '../../../src/knowledge/measures/instrument.js';
import type { NprsAnswers } from '../../../src/schemas/measures.js';
import { Attribution } from './attribution.js';

export function NprsForm(props: {
  instrument: NprsInstrument;
  busy?: boolean;
  error?: string | null;
  submitLabel: string;
  children?: ComponentChildren;
  onSubmit(answers: NprsAnswers): void;
  onCancel?: () => void;
}) {
  const m = props.instrument;
  const [values, setValues] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState(false);

  function submit(event: Event): void {
    event.preventDefault();
    const answers: NprsAnswers = {};
    for (const item of m.items) if (values[item.site]) answers[item.site] = Number(values[item.site]);
    if (Object.keys(answers).length === 0) {
      setMissing(true);
      document.getElementById(`nprs-${m.items[0]!.site}`)?.focus();
      return;
    }
    setMissing(false);
    props.onSubmit(answers);
  }

  return (
    <form class="measure-form" data-instrument="nprs" noValidate aria-describedby="nprs-instructions" onSubmit={submit}>
      {props.children}
      <p id="nprs-instructions" class="measure-instructions">
        {m.anchors} Leave blank a place that does not hurt.
      </p>
      {m.items.map((item) => (
        <p key={item.id} class="field field-inline">
          <label for={`nprs-${item.site}`}>{item.text}</label>
          <select id={`nprs-${item.site}`} class="input input-select" value={values[item.site] ?? ''} aria-invalid={missing || undefined}
            onChange={(e) => setValues((cur) => ({ ...cur, [item.site]: (e.target as HTMLSelectElement).value }))}>
            <option value="">–</option>
            {Array.from({ length: 11 }, (_, n) => (
              <option key={n} value={String(n)}>
                {n}
              </option>
            ))}
          </select>
        </p>
      ))}
      <p class="error-message" aria-live="assertive">
        {missing ? 'Please rate the pain in at least one place.' : (props.error ?? '')}
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
