/**
 * Keele's nine STarT Back questions, word for word, with Keele's instructions and attribution.
 * Every item needs an answer (the risk groups are defined on all nine): the first one left is
 * named and takes the focus.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { StartBackInstrument } from '../../../src/knowledge/measures/instrument.js';
import type { StartBackAnswers } from '../../../src/schemas/measures.js';
import { Attribution } from './attribution.js';

export function StartBackForm(props: {
  instrument: StartBackInstrument;
  initial?: StartBackAnswers | undefined;
  busy?: boolean;
  error?: string | null;
  submitLabel: string;
  /** Prefix of the element ids, so two forms can share a page. */
  idPrefix?: string;
  /** Fields shown before the questions (the date). */
  children?: ComponentChildren;
  onSubmit(answers: StartBackAnswers): void;
  onCancel?: () => void;
}) {
  const m = props.instrument;
  const prefix = props.idPrefix ?? 'sb';
  const [answers, setAnswers] = useState<Record<string, string>>(() => ({ ...(props.initial ?? {}) }));
  const [missing, setMissing] = useState<string | null>(null);

  function submit(event: Event): void {
    event.preventDefault();
    const open = m.items.find((item) => !answers[item.id]);
    if (open) {
      setMissing(open.id);
      document.getElementById(`${prefix}-${open.id}`)?.focus();
      return;
    }
    setMissing(null);
    props.onSubmit(answers as StartBackAnswers);
  }

  const openItem = m.items.find((i) => i.id === missing);
  return (
    <form class="measure-form" data-instrument="start-back" onSubmit={submit} noValidate aria-describedby={`${prefix}-instructions`}>
      {props.children}
      <p id={`${prefix}-instructions`} class="measure-instructions">
        {m.instructions}
      </p>
      <ol class="measure-items">
        {m.items.map((item) => (
          <li key={item.id}>
            <fieldset class="measure-item" id={`${prefix}-${item.id}`} tabIndex={-1} data-item={item.id} aria-invalid={missing === item.id || undefined}>
              <legend>
                <span class="item-number">{item.number}.</span> <span class="item-text">{item.text}</span>
              </legend>
              {missing === item.id && <p class="item-missing">Please answer this question.</p>}
              <div class={item.options.length > 2 ? 'measure-options measure-options-scale' : 'measure-options'}>
                {item.options.map((o) => (
                  <label key={o.code} class="choice measure-option">
                    <input
                      type="radio"
                      name={`${prefix}-${item.id}`}
                      value={o.code}
                      checked={answers[item.id] === o.code}
                      onChange={() => {
                        setAnswers((cur) => ({ ...cur, [item.id]: o.code }));
                        if (missing === item.id) setMissing(null);
                      }}
                    />
                    <span>{o.display}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <p class="error-message" aria-live="assertive">
        {openItem ? `Please answer question ${openItem.number}. All nine answers are needed to give a result.` : (props.error ?? '')}
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
