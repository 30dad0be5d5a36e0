/**
 * The Roland-Morris questionnaire: the authors' 24 statements, word for word, each ticked when it
 * describes the person today. An unticked statement is a "no" (the form has no "no" box), so a
 * set is never incomplete.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { RolandMorrisInstrument } from '../../../src/knowledge/measures/instrument.js';
import type { RolandMorrisAnswers } from '../../../src/schemas/measures.js';
import { Attribution } from './attribution.js';

export function RolandMorrisForm(props: {
  instrument: RolandMorrisInstrument;
  busy?: boolean;
  error?: string | null;
  submitLabel: string;
  /** Fields shown before the statements (the date). */
  children?: ComponentChildren;
  onSubmit(answers: RolandMorrisAnswers): void;
  onCancel?: () => void;
}) {
  const m = props.instrument;
  const [ticked, setTicked] = useState<number[]>([]);
  return (
    <form
      class="measure-form"
      data-instrument="roland-morris"
      noValidate
      aria-describedby="rm-instructions"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit({ ticked: [...ticked].sort((a, b) => a - b) });
      }}
    >
      {props.children}
      <p id="rm-instructions" class="measure-instructions">
        {m.instructions}
      </p>
      <fieldset class="measure-ticks">
        <legend class="visually-hidden">The statements that describe you today</legend>
        {m.items.map((item) => (
          <label key={item.id} class="check" data-item={item.id}>
            <input
              type="checkbox"
              checked={ticked.includes(item.number)}
              onChange={() => setTicked((cur) => (cur.includes(item.number) ? cur.filter((n) => n !== item.number) : [...cur, item.number]))}
            />
            <span>
              <span class="item-number">{item.number}.</span> {item.text}
            </span>
          </label>
        ))}
      </fieldset>
      <p class="hint" aria-live="polite">
        {ticked.length === 1 ? '1 statement ticked.' : `${ticked.length} statements ticked.`} If none describes you today, tick none.
      </p>
      <p class="error-message" aria-live="assertive">
        {props.error ?? ''}
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
