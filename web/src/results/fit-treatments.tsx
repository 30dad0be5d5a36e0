/**
 * "Make the treatment list fit you": the optional questions the interview left out because they
 * cannot change how soon or whom to see (medicines, kidneys, stomach, pregnancy...). Answered
 * here, on the device, they are added to the case and it is assessed again, so the cautions on
 * each treatment apply to this person. Nothing is sent anywhere.
 */
import { useState } from 'preact/hooks';
import type { Case, Question } from '../api/types.js';

const CHOICES = [
  ['yes', 'Yes'],
  ['no', 'No'],
] as const;

export function FitTreatments(props: { questions: readonly Question[]; onAnswers(evidence: Record<string, boolean>): void; busy?: boolean }) {
  const [picked, setPicked] = useState<Record<string, 'yes' | 'no'>>({});
  if (props.questions.length === 0) return null;
  const answered = Object.keys(picked).length;
  return (
    <form
      class="fit-treatments"
      aria-labelledby="fit-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (answered === 0) return;
        props.onAnswers(Object.fromEntries(Object.entries(picked).map(([id, v]) => [id, v === 'yes'])));
        setPicked({});
      }}
    >
      <h3 id="fit-title">Make the treatment list fit you</h3>
      <p class="hint">Optional. These do not change how soon to be seen, only which treatments are safe for you. Answer any you like; your answers stay on this device.</p>
      <ol class="question-items">
        {props.questions.map((q) => (
          <li key={q.id}>
            <fieldset class="question-item" data-question-id={q.id}>
              <legend class="question-item-text">{q.text}</legend>
              <p class="help">{q.help}</p>
              <div class="yes-no-choice yes-no-choice-two">
                {CHOICES.map(([value, label]) => (
                  <label key={value} class="choice choice-inline">
                    <input type="radio" name={`fit-${q.id}`} value={value} checked={picked[q.id] === value} onChange={() => setPicked((p) => ({ ...p, [q.id]: value }))} />
                    <span>{label}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <p>
        <button type="submit" class="button button-primary" disabled={props.busy || answered === 0}>
          Update the treatment list
        </button>
      </p>
    </form>
  );
}

export type { Case };
