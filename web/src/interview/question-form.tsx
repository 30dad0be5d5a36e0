/**
 * One screen of the interview: a single question, or a few that belong together (warning signs
 * of one urgency, how long and which way, the pain scores), each answered on its own. A single
 * yes/no question is answered by its Yes / No / I don't know buttons; everything else by its
 * control (a number, a duration with its unit, radio buttons, a 0-10 scale, the body map) and
 * Next or Continue. The answer bar stays in the same place from screen to screen, and the look
 * guard (look-guard.ts) makes it ignore input until the new screen has been seen. The heading
 * takes the focus when the screen appears; errors are announced.
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

/** What a control holds while the person fills it in. */
interface Draft {
  text?: string;
  unit?: string;
  picked?: string;
  areas?: string[];
}

function draftOf(q: Question, v: AnswerValue | undefined): Draft {
  if (v === undefined) return q.kind === 'duration' ? { unit: q.options?.[0]?.value ?? 'days' } : {};
  switch (q.kind) {
    case 'yes_no':
      return { picked: v === null ? 'unknown' : v ? 'yes' : 'no' };
    case 'number':
      return { text: typeof v === 'number' ? String(v) : '' };
    case 'duration':
      return { text: typeof v === 'number' ? String(v) : '', unit: q.options?.[0]?.value ?? 'days' };
    case 'choice':
    case 'scale':
      return v === null ? {} : { picked: String(v) };
    case 'body_map':
      return { areas: Array.isArray(v) ? [...(v as readonly string[])] : [] };
  }
}

/** The answer a draft gives, or an error message. */
function answerOf(q: Question, d: Draft, alone: boolean): { value: AnswerValue } | { error: string } {
  switch (q.kind) {
    case 'yes_no':
      if (d.picked === undefined) return { error: "Please answer each question: yes, no or I don't know." };
      return { value: d.picked === 'unknown' ? null : d.picked === 'yes' };
    case 'number': {
      const problem = numberError(q, d.text ?? '');
      return problem ? { error: problem } : { value: Number((d.text ?? '').trim()) };
    }
    case 'duration': {
      if (!alone && (d.text ?? '').trim() === '') return { value: null };
      const option = q.options?.find((o) => o.value === d.unit);
      const size = option?.days ?? 1;
      const problem = wholeNumberError(d.text ?? '', 0, Math.floor((q.max ?? 36500) / size), option?.label);
      return problem ? { error: problem } : { value: durationInDays(Number((d.text ?? '').trim()), size) };
    }
    case 'choice':
      if (d.picked === undefined) return alone ? { error: 'Please choose one answer.' } : { value: null };
      return { value: d.picked };
    case 'scale':
      if (d.picked === undefined) return alone ? { error: `Please choose a number from ${q.min ?? 0} to ${q.max ?? 10}.` } : { value: null };
      return { value: Number(d.picked) };
    case 'body_map':
      if ((d.areas ?? []).length === 0) return { error: 'Please choose at least one area, or skip this question.' };
      return { value: d.areas! };
  }
}

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
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() => Object.fromEntries(questions.map((q) => [q.id, draftOf(q, initial[q.id])])));

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
    const values: AnswerValue[] = [];
    for (const q of questions) {
      const answer = answerOf(q, drafts[q.id] ?? {}, single !== null);
      if ('error' in answer) return fail(answer.error);
      values.push(answer.value);
    }
    props.onAnswer(values);
  }

  const update = (id: string, change: Draft) => {
    setDrafts((d) => ({ ...d, [id]: { ...d[id], ...change } }));
    setError(null);
  };
  const invalid = error !== null || undefined;
  const refFirst = (first: boolean) => (first ? (el: HTMLElement | null) => { firstControl.current = el; } : undefined);

  /** The control of one question; `lead` marks the screen's first control (focused on an error). */
  function control(q: Question, lead: boolean) {
    const d = drafts[q.id] ?? {};
    const labelledBy = single ? ids.title : `q-${q.id}-text`;
    switch (q.kind) {
      case 'yes_no':
        return (
          <div class="yes-no-choice">
            {YES_NO.map(([value, label], i) => {
              const v = value === null ? 'unknown' : value ? 'yes' : 'no';
              return (
                <label key={v} class="choice choice-inline">
                  <input
                    ref={refFirst(lead && i === 0)}
                    type="radio"
                    name={q.id}
                    value={v}
                    checked={d.picked === v}
                    aria-invalid={invalid && d.picked === undefined ? true : undefined}
                    onChange={() => update(q.id, { picked: v })}
                  />
                  <span>{label}</span>
                </label>
              );
            })}
          </div>
        );
      case 'number':
      case 'duration':
        return (
          <p class={`number-field${q.kind === 'duration' ? ' duration-field' : ''}`}>
            <input
              ref={refFirst(lead)}
              id={`q-${q.id}-input`}
              class="input input-number"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              aria-labelledby={labelledBy}
              aria-describedby={single ? describedBy : undefined}
              aria-invalid={invalid}
              value={d.text ?? ''}
              onInput={(e) => update(q.id, { text: (e.target as HTMLInputElement).value })}
            />
            {q.kind === 'duration' ? (
              <>
                <label class="visually-hidden" for={`q-${q.id}-unit`}>
                  Unit
                </label>
                <select id={`q-${q.id}-unit`} class="input input-unit" value={d.unit} onChange={(e) => update(q.id, { unit: (e.target as HTMLSelectElement).value })}>
                  {(q.options ?? []).map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </>
            ) : (
              <>
                {q.unit && <span class="unit" aria-hidden="true">{q.unit}</span>}
                {q.min !== undefined && q.max !== undefined && (
                  <span class="hint range-hint">
                    {q.min} to {q.max}
                    {q.unit ? ` ${q.unit}` : ''}
                  </span>
                )}
              </>
            )}
          </p>
        );
      case 'choice':
        return (
          <div class="choices">
            {(q.options ?? []).map((option, i) => (
              <label key={option.value} class="choice">
                <input
                  ref={refFirst(lead && i === 0)}
                  type="radio"
                  name={q.id}
                  value={option.value}
                  checked={d.picked === option.value}
                  aria-invalid={invalid}
                  onChange={() => update(q.id, { picked: option.value })}
                />
                <span>{option.label}</span>
              </label>
            ))}
          </div>
        );
      case 'scale': {
        const min = q.min ?? 0;
        const max = q.max ?? 10;
        const values = Array.from({ length: max - min + 1 }, (_, i) => String(min + i));
        return (
          <div class="scale">
            <div class="scale-options">
              {values.map((value, i) => (
                <label key={value} class="scale-option">
                  <input ref={refFirst(lead && i === 0)} type="radio" name={q.id} value={value} checked={d.picked === value} aria-invalid={invalid} onChange={() => update(q.id, { picked: value })} />
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
      }
      case 'body_map':
        return <BodyMap options={q.options ?? []} chosen={d.areas ?? []} onChange={(next) => update(q.id, { areas: next })} invalid={error !== null} describedBy={describedBy} />;
    }
  }

  const yesNo = single?.kind === 'yes_no';
  const warning = questions.some((q) => q.redFlag);
  const groupKind = questions.every((q) => q.kind === 'yes_no') ? 'yes_no_group' : 'group';
  return (
    <form
      class={`question${guard.ready ? '' : ' is-waking'}`}
      data-question-id={single ? single.id : undefined}
      data-question-ids={key}
      data-kind={single ? single.kind : groupKind}
      onSubmit={submit}
      onPointerDown={guard.handlers.onPointerDown}
      onKeyDown={guard.handlers.onKeyDown}
      noValidate
    >
      <div class="question-fieldset" role="group" aria-labelledby={ids.title}>
        <p class="question-group">{single ? first.group : warning ? 'Warning signs' : first.group}</p>
        <h2 ref={headingRef} id={ids.title} class="question-title" tabIndex={-1}>
          {single ? single.text : warning ? 'Do you have any of these? Answer each one.' : 'A few quick questions. Answer what you can.'}
        </h2>
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
        {single ? (
          !yesNo && control(single, true)
        ) : (
          <ol class="question-items">
            {questions.map((q, i) => (
              <li key={q.id}>
                <fieldset class="question-item" data-question-id={q.id} data-kind={q.kind}>
                  <legend class="question-item-text" id={`q-${q.id}-text`}>
                    {q.text}
                  </legend>
                  <p class="help">{q.help}</p>
                  {control(q, i === 0)}
                </fieldset>
              </li>
            ))}
          </ol>
        )}
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
              const current = initial[first.id] === value;
              return (
                <button
                  key={label}
                  type="button"
                  class={`button button-answer${current ? ' is-current' : ''}`}
                  disabled={busy}
                  ref={refFirst(i === 0)}
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
