/**
 * One screen of the interview: a single question asked the way its `kind` says (yes / no / I
 * don't know, a number, a duration with its unit, a radio group, a 0-10 scale, the body map), or
 * a few questions that belong together, each with its own Yes / No / I don't know, and one
 * Continue. The answer buttons sit in a bar that stays in the same place from screen to screen,
 * and the look guard (look-guard.ts) makes them ignore input until the new screen has been seen.
 * The first heading takes the focus when the screen appears; errors are announced.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Question } from '../api/types.js';
import { Icon } from '../components/icons.js';
import { durationInDays } from '../../../src/engine/answers.js';
import { numberError, wholeNumberError, type AnswerValue } from './answers.js';
import { BodyMap } from './body-map.js';
import { useLookGuard } from './look-guard.js';

export interface QuestionFormProps {
  questions: readonly Question[];
  /** Earlier answers, when going back or changing an answer. */
  initial?: Readonly<Record<string, AnswerValue>>;
  busy: boolean;
  /** The answers, one per question, in order. */
  onAnswer(values: AnswerValue[]): void;
  /** Back to the previous screen; absent on the first. */
  onBack?: (() => void) | undefined;
  /** Changing an answer from the review list: a Cancel instead of Back. */
  onCancel?: (() => void) | undefined;
}

/** Questions a person may leave out; age is needed for any assessment. */
function canSkip(question: Question): boolean {
  return !(question.target.kind === 'field' && question.target.field === 'age');
}

const YES_NO = [
  [true, 'Yes'],
  [false, 'No'],
  [null, "I don't know"],
] as const;

export function QuestionForm(props: QuestionFormProps) {
  const { questions, busy } = props;
  const single = questions.length === 1 ? questions[0]! : null;
  const key = questions.map((q) => q.id).join(' ');
  const guard = useLookGuard(key);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstControl = useRef<HTMLElement | null>(null);
  const [error, setError] = useState<string | null>(null);
  const initial = props.initial ?? {};
  const first = questions[0]!;
  const initialFirst = initial[first.id];

  const [text, setText] = useState(() => {
    if (typeof initialFirst !== 'number') return '';
    if (first.kind === 'number') return String(initialFirst);
    if (first.kind === 'duration') return String(initialFirst);
    return '';
  });
  const [unit, setUnit] = useState(first.kind === 'duration' ? (first.options?.[0]?.value ?? 'days') : '');
  const [picked, setPicked] = useState<Record<string, string>>(() => {
    const out: Record<string, string> = {};
    for (const q of questions) {
      const v = initial[q.id];
      if (v === undefined) continue;
      if (q.kind === 'yes_no') out[q.id] = v === null ? 'unknown' : v ? 'yes' : 'no';
      else if ((q.kind === 'choice' || q.kind === 'scale') && v !== null) out[q.id] = String(v);
    }
    return out;
  });
  const [areas, setAreas] = useState<string[]>(first.kind === 'body_map' && Array.isArray(initialFirst) ? [...(initialFirst as readonly string[])] : []);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const ids = { title: `q-${first.id}-title`, help: `q-${first.id}-help`, error: `q-${first.id}-error` };
  const describedBy = error ? `${ids.help} ${ids.error}` : ids.help;

  function fail(message: string): void {
    setError(message);
    firstControl.current?.focus();
  }

  /** Sends the answers if the guard lets this activation through. */
  function send(event: Event, values: AnswerValue[]): void {
    if (busy || !guard.allows(event)) return;
    props.onAnswer(values);
  }

  function submit(event: Event): void {
    event.preventDefault();
    if (busy || !guard.allows(event)) return;
    if (!single) {
      const missing = questions.find((q) => picked[q.id] === undefined);
      if (missing) return fail('Please answer each question: yes, no or I don\'t know.');
      return props.onAnswer(questions.map((q) => (picked[q.id] === 'unknown' ? null : picked[q.id] === 'yes')));
    }
    const q = single;
    switch (q.kind) {
      case 'number': {
        const problem = numberError(q, text);
        if (problem) return fail(problem);
        return props.onAnswer([Number(text.trim())]);
      }
      case 'duration': {
        const option = q.options?.find((o) => o.value === unit);
        const size = option?.days ?? 1;
        const problem = wholeNumberError(text, 0, Math.floor((q.max ?? 36500) / size), option?.label);
        if (problem) return fail(problem);
        return props.onAnswer([durationInDays(Number(text.trim()), size)]);
      }
      case 'choice':
        if (picked[q.id] === undefined) return fail('Please choose one answer.');
        return props.onAnswer([picked[q.id]!]);
      case 'scale':
        if (picked[q.id] === undefined) return fail(`Please choose a number from ${q.min ?? 0} to ${q.max ?? 10}.`);
        return props.onAnswer([Number(picked[q.id])]);
      case 'body_map':
        if (areas.length === 0) return fail('Please choose at least one area, or skip this question.');
        return props.onAnswer([areas]);
      case 'yes_no':
        return; // answered by its own buttons
    }
  }

  const invalid = error !== null || undefined;
  const pick = (id: string, value: string) => {
    setPicked((p) => ({ ...p, [id]: value }));
    setError(null);
  };
  const refFirst = (i: number) => (i === 0 ? (el: HTMLElement | null) => { firstControl.current = el; } : undefined);

  let controls;
  if (!single) {
    controls = (
      <ol class="question-items">
        {questions.map((q, qi) => (
          <li key={q.id}>
            <fieldset class="question-item" data-question-id={q.id} data-kind={q.kind}>
              <legend class="question-item-text" id={`q-${q.id}-text`}>
                {q.text}
              </legend>
              <p class="help">{q.help}</p>
              <div class="yes-no-choice">
                {YES_NO.map(([value, label], i) => {
                  const v = value === null ? 'unknown' : value ? 'yes' : 'no';
                  return (
                    <label key={v} class="choice choice-inline">
                      <input
                        ref={qi === 0 ? refFirst(i) : undefined}
                        type="radio"
                        name={q.id}
                        value={v}
                        checked={picked[q.id] === v}
                        aria-invalid={invalid && picked[q.id] === undefined ? true : undefined}
                        onChange={() => pick(q.id, v)}
                      />
                      <span>{label}</span>
                    </label>
                  );
                })}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
    );
  } else {
    const q = single;
    switch (q.kind) {
      case 'yes_no':
        controls = null; // its buttons are the answer bar below
        break;
      case 'number':
        controls = (
          <p class="number-field">
            <input
              ref={(el) => { firstControl.current = el; }}
              id={`q-${q.id}-input`}
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
            {q.unit && <span class="unit" aria-hidden="true">{q.unit}</span>}
            {q.min !== undefined && q.max !== undefined && (
              <span class="hint range-hint">
                {q.min} to {q.max}
                {q.unit ? ` ${q.unit}` : ''}
              </span>
            )}
          </p>
        );
        break;
      case 'duration':
        controls = (
          <p class="number-field duration-field">
            <input
              ref={(el) => { firstControl.current = el; }}
              id={`q-${q.id}-input`}
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
            <label class="visually-hidden" for={`q-${q.id}-unit`}>
              Unit
            </label>
            <select id={`q-${q.id}-unit`} class="input input-unit" value={unit} onChange={(e) => setUnit((e.target as HTMLSelectElement).value)}>
              {(q.options ?? []).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </p>
        );
        break;
      case 'choice':
        controls = (
          <div class="choices">
            {(q.options ?? []).map((option, i) => (
              <label key={option.value} class="choice">
                <input
                  ref={refFirst(i)}
                  type="radio"
                  name={q.id}
                  value={option.value}
                  checked={picked[q.id] === option.value}
                  aria-invalid={invalid}
                  onChange={() => pick(q.id, option.value)}
                />
                <span>{option.label}</span>
              </label>
            ))}
          </div>
        );
        break;
      case 'scale': {
        const min = q.min ?? 0;
        const max = q.max ?? 10;
        const values = Array.from({ length: max - min + 1 }, (_, i) => String(min + i));
        controls = (
          <div class="scale">
            <div class="scale-options">
              {values.map((value, i) => (
                <label key={value} class="scale-option">
                  <input ref={refFirst(i)} type="radio" name={q.id} value={value} checked={picked[q.id] === value} aria-invalid={invalid} onChange={() => pick(q.id, value)} />
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
        controls = (
          <BodyMap
            options={q.options ?? []}
            chosen={areas}
            onChange={(next) => {
              setAreas(next);
              setError(null);
            }}
            invalid={error !== null}
            describedBy={describedBy}
          />
        );
        break;
    }
  }

  const yesNo = single?.kind === 'yes_no';
  const warning = questions.some((q) => q.redFlag);
  return (
    <form
      class={`question${guard.ready ? '' : ' is-waking'}`}
      data-question-id={single ? single.id : undefined}
      data-question-ids={key}
      data-kind={single ? single.kind : 'yes_no_group'}
      onSubmit={submit}
      onPointerDown={guard.handlers.onPointerDown}
      onKeyDown={guard.handlers.onKeyDown}
      noValidate
    >
      <div class="question-fieldset" role="group" aria-labelledby={ids.title}>
        <p class="question-group">{single ? first.group : warning ? 'Warning signs' : first.group}</p>
        {single ? (
          <h2 ref={headingRef} id={ids.title} class="question-title" tabIndex={-1}>
            {single.text}
          </h2>
        ) : (
          <h2 ref={headingRef} id={ids.title} class="question-title" tabIndex={-1}>
            {warning ? 'Do you have any of these? Answer each one.' : 'A few quick questions. Answer each one.'}
          </h2>
        )}
        {single && (
          <p id={ids.help} class="help">
            {single.help}
          </p>
        )}
        {warning && (
          <p class="hint warning-hint">
            <Icon name="warning" /> {single ? 'This checks for a warning sign.' : 'These check for warning signs.'}
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
      </div>
      <div class="question-actions" aria-busy={!guard.ready || undefined}>
        {yesNo ? (
          <div class="yes-no">
            {YES_NO.map(([value, label], i) => {
              const current = initialFirst === value;
              return (
                <button
                  key={label}
                  type="button"
                  class={`button button-answer${current ? ' is-current' : ''}`}
                  disabled={busy}
                  ref={refFirst(i)}
                  onClick={(event) => send(event, [value])}
                >
                  {current && <Icon name="check" />}
                  {label}
                  {current && <span class="visually-hidden"> (your earlier answer)</span>}
                </button>
              );
            })}
          </div>
        ) : (
          <div class="next-row">
            <button type="submit" class="button button-primary" disabled={busy}>
              {props.onCancel ? 'Save answer' : single ? 'Next' : 'Continue'}
            </button>
            {single && canSkip(single) && (
              <button type="button" class="button button-secondary" disabled={busy} onClick={(event) => send(event, [null])}>
                {single.kind === 'body_map' ? "I'm not sure, skip" : 'Skip this question'}
              </button>
            )}
          </div>
        )}
        <div class="back-row">
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
      </div>
    </form>
  );
}
