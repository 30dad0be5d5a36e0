/**
 * Where an answer goes: each question's `target` says exactly where in the case its answer is
 * written, so this is bookkeeping, not clinical logic. The case is always rebuilt from the list
 * of answers in order, so changing or removing one answer leaves nothing stale behind.
 */
import type { InterviewRequest, PartialCase, Question } from '../api/types.js';

/**
 * yes_no: boolean; number and scale: number; choice: the option value; body_map: the chosen
 * area values. `null` means "I don't know" / skipped: the question id goes to `skipped`.
 */
export type AnswerValue = boolean | number | string | string[] | null;

export interface AnsweredQuestion {
  question: Question;
  value: AnswerValue;
}

type MutableCase = PartialCase & { evidence: NonNullable<PartialCase['evidence']>; pain: NonNullable<PartialCase['pain']> };

/** Writes one answer into a case being built (mutates `into`; returns false when skipped). */
export function writeAnswer(into: MutableCase, question: Question, value: AnswerValue): boolean {
  if (value === null) return false;
  const target = question.target;
  switch (target.kind) {
    case 'evidence':
      if (typeof value !== 'boolean') throw new TypeError(`${question.id}: expected yes or no`);
      into.evidence[target.id] = value;
      return true;
    case 'pain':
      if (typeof value !== 'number') throw new TypeError(`${question.id}: expected a number`);
      into.pain[target.site] = value;
      return true;
    case 'body_map': {
      if (!Array.isArray(value)) throw new TypeError(`${question.id}: expected a list of areas`);
      for (const option of question.options ?? []) {
        if (option.evidence) into.evidence[option.evidence] = value.includes(option.value);
      }
      return true;
    }
    case 'field':
      if (target.field === 'age' || target.field === 'durationDays') {
        if (typeof value !== 'number') throw new TypeError(`${question.id}: expected a number`);
        into[target.field] = value;
      } else {
        if (typeof value !== 'string') throw new TypeError(`${question.id}: expected a choice`);
        // The option values are the schema's literals (female | male | other, improving | ...).
        (into as Record<string, unknown>)[target.field] = value;
      }
      return true;
  }
}

/** The interview request for a list of answers: the case they build and the skipped ids. */
export function requestFrom(history: readonly AnsweredQuestion[]): InterviewRequest {
  const built: MutableCase = { evidence: {}, pain: {} };
  const skipped: string[] = [];
  for (const { question, value } of history) {
    if (!writeAnswer(built, question, value) && !skipped.includes(question.id)) skipped.push(question.id);
  }
  const { evidence, pain, ...rest } = built;
  const partial: PartialCase = { ...rest };
  if (Object.keys(evidence).length > 0) partial.evidence = evidence;
  if (Object.keys(pain).length > 0) partial.pain = pain;
  return { case: partial, skipped };
}

/** Records an answer: replaces the earlier answer to the same question, else appends. */
export function withAnswer(history: readonly AnsweredQuestion[], question: Question, value: AnswerValue): AnsweredQuestion[] {
  const at = history.findIndex((h) => h.question.id === question.id);
  if (at === -1) return [...history, { question, value }];
  const next = history.slice();
  next[at] = { question, value };
  return next;
}

/** The answer in words, for the review list and the summary. */
export function describeAnswer(question: Question, value: AnswerValue): string {
  if (value === null) return question.kind === 'yes_no' ? "I don't know" : 'Skipped';
  switch (question.kind) {
    case 'yes_no':
      return value ? 'Yes' : 'No';
    case 'number':
      return `${value}${question.unit ? ' ' + question.unit : ''}`;
    case 'scale':
      return `${value} out of ${question.max ?? 10}`;
    case 'choice':
      return question.options?.find((o) => o.value === value)?.label ?? String(value);
    case 'body_map': {
      const chosen = Array.isArray(value) ? value : [];
      const labels = (question.options ?? []).filter((o) => chosen.includes(o.value)).map((o) => o.label);
      return labels.length > 0 ? labels.join(', ') : 'None';
    }
  }
}

/** Checks a typed number against the question's range; returns an error message or null. */
export function numberError(question: Question, raw: string): string | null {
  const text = raw.trim();
  const range = question.min !== undefined && question.max !== undefined ? ` from ${question.min} to ${question.max}` : '';
  if (text === '') return `Please enter a number${range}.`;
  if (!/^-?\d+$/.test(text)) return `Please enter a whole number${range}, using digits only.`;
  const n = Number(text);
  if (question.min !== undefined && n < question.min) return `Please enter a number${range}. ${n} is too small.`;
  if (question.max !== undefined && n > question.max) return `Please enter a number${range}. ${n} is too large.`;
  return null;
}
