/**
 * One question, asked the way its `kind` says: yes / no / I don't know, a number with its range,
 * a radio group of choices, a 0-10 scale, or the body map. The heading takes the focus when the
 * question appears; errors are announced through an aria-live region.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Question } from '../api/types.js';
import { Icon } from '../components/icons.js';
import { numberError, type AnswerValue } from './answers.js';
import { BodyMap } from './body-map.js';

export interface QuestionFormProps {
  question: Question;
  /** The earlier answer, when going back or changing an answer. */
  initial?: AnswerValue | undefined;
  busy: boolean;
  onAnswer(value: AnswerValue): void;
  /** Back to the previous question; absent on the first question. */
  onBack?: (() => void) | undefined;
  /** Changing an answer from the review list: a Cancel instead of Back. */
  onCancel?: (() => void) | undefined;
}

/** Questions a person may leave out; age is needed for any assessment. */
function canSkip(question: Question): boolean {
  return !(question.target.kind === 'field' && question.target.field === 'age');
}

export function QuestionForm(props: QuestionFormProps) {
  const { question, initial, busy } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstControl = useRef<HTMLElement | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [text, setText] = useState(typeof initial === 'number' && question.kind === 'number' ? String(initial) : '');
  const [picked, setPicked] = useState<string | null>(
    question.kind === 'choice' && typeof initial === 'string' ? initial : question.kind === 'scale' && typeof initial === 'number' ? String(initial) : null,
  );
  const [areas, setAreas] = useState<string[]>(question.kind === 'body_map' && Array.isArray(initial) ? initial : []);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const ids = { title: `q-${question.id}-title`, help: `q-${question.id}-help`, error: `q-${question.id}-error` };
  const describedBy = error ? `${ids.help} ${ids.error}` : ids.help;

  function fail(message: string): void {
    setError(message);
    firstControl.current?.focus();
  }

  function submit(event: Event): void {
    event.preventDefault();
    if (busy) return;
    switch (question.kind) {
      case 'number': {
        const problem = numberError(question, text);
        if (problem) return fail(problem);
        return props.onAnswer(Number(text.trim()));
      }
      case 'choice':
        if (picked === null) return fail('Please choose one answer.');
        return props.onAnswer(picked);
      case 'scale':
        if (picked === null) return fail(`Please choose a number from ${question.min ?? 0} to ${question.max ?? 10}.`);
        return props.onAnswer(Number(picked));
      case 'body_map':
        if (areas.length === 0) return fail('Please choose at least one area, or skip this question.');
        return props.onAnswer(areas);
      case 'yes_no':
        return; // answered by its own buttons
    }
  }

  const invalid = error !== null || undefined;
  let controls;
  switch (question.kind) {
    case 'yes_no':
      controls = (
        <div class="yes-no">
          {([
            [true, 'Yes'],
            [false, 'No'],
            [null, "I don't know"],
          ] as const).map(([value, label], i) => (
            <button
              key={label}
              type="button"
              class={`button button-answer${initial === value ? ' is-current' : ''}`}
              disabled={busy}
              ref={i === 0 ? (el) => { firstControl.current = el; } : undefined}
              onClick={() => props.onAnswer(value)}
            >
              {initial === value && <Icon name="check" />}
              {label}
              {initial === value && <span class="visually-hidden"> (your earlier answer)</span>}
            </button>
          ))}
        </div>
      );
      break;
    case 'number':
      controls = (
        <p class="number-field">
          <input
            ref={(el) => { firstControl.current = el; }}
            id={`q-${question.id}-input`}
            class="input input-number"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            aria-labelledby={ids.title}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            value={text}
            onInput={(e) => setText((e.target as HTMLInputElement).value)}
          />
          {question.unit && <span class="unit" aria-hidden="true">{question.unit}</span>}
          {question.min !== undefined && question.max !== undefined && (
            <span class="hint range-hint">
              {question.min} to {question.max}
              {question.unit ? ` ${question.unit}` : ''}
            </span>
          )}
        </p>
      );
      break;
    case 'choice':
      controls = (
        <div class="choices">
          {(question.options ?? []).map((option, i) => (
            <label key={option.value} class="choice">
              <input
                ref={i === 0 ? (el) => { firstControl.current = el; } : undefined}
                type="radio"
                name={question.id}
                value={option.value}
                checked={picked === option.value}
                aria-invalid={invalid}
                onChange={() => setPicked(option.value)}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
      );
      break;
    case 'scale': {
      const min = question.min ?? 0;
      const max = question.max ?? 10;
      const values = Array.from({ length: max - min + 1 }, (_, i) => String(min + i));
      controls = (
        <div class="scale">
          <div class="scale-options">
            {values.map((value, i) => (
              <label key={value} class="scale-option">
                <input
                  ref={i === 0 ? (el) => { firstControl.current = el; } : undefined}
                  type="radio"
                  name={question.id}
                  value={value}
                  checked={picked === value}
                  aria-invalid={invalid}
                  onChange={() => setPicked(value)}
                />
                <span>{value}</span>
              </label>
            ))}
          </div>
          <p class="scale-ends hint" aria-hidden="true">
            <span>{min}: no pain</span>
            <span>{max}: worst imaginable</span>
          </p>
        </div>
      );
      break;
    }
    case 'body_map':
      controls = <BodyMap options={question.options ?? []} chosen={areas} onChange={(next) => { setAreas(next); setError(null); }} invalid={error !== null} describedBy={describedBy} />;
      break;
  }

  const needsNext = question.kind !== 'yes_no';
  return (
    <form class="question" data-question-id={question.id} data-kind={question.kind} onSubmit={submit} noValidate>
      <fieldset class="question-fieldset" aria-describedby={question.kind === 'number' || question.kind === 'body_map' ? undefined : describedBy}>
        <legend class="question-legend">
          <span class="question-group">{question.group}</span>
          <h2 ref={headingRef} id={ids.title} class="question-title" tabIndex={-1}>
            {question.text}
          </h2>
        </legend>
        <p id={ids.help} class="help">
          {question.help}
        </p>
        {question.redFlag && (
          <p class="hint warning-hint">
            <Icon name="warning" /> This checks for a warning sign.
          </p>
        )}
        {controls}
        <p id={ids.error} class="error-message" aria-live="assertive">
          {error && (
            <>
              <Icon name="warning" /> <span class="visually-hidden">Error: </span>
              {error}
            </>
          )}
        </p>
      </fieldset>
      <div class="question-actions">
        {needsNext && (
          <button type="submit" class="button button-primary" disabled={busy}>
            {props.onCancel ? 'Save answer' : 'Next'}
          </button>
        )}
        {needsNext && canSkip(question) && (
          <button type="button" class="button button-secondary" disabled={busy} onClick={() => props.onAnswer(null)}>
            {question.kind === 'body_map' ? "I'm not sure, skip" : 'Skip this question'}
          </button>
        )}
        {props.onCancel && (
          <button type="button" class="button button-link" onClick={props.onCancel}>
            Cancel
          </button>
        )}
        {!props.onCancel && props.onBack && (
          <button type="button" class="button button-link" disabled={busy} onClick={props.onBack}>
            Back
          </button>
        )}
      </div>
    </form>
  );
}
