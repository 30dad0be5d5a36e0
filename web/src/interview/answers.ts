/**
 * The interview's answers, kept as a list of screens so the browser's Back and Forward move one
 * screen at a time. The case is always rebuilt from the whole list in order, with the engine's
 * own answer writer (src/engine/answers.ts), so changing or removing one answer leaves nothing
 * stale behind and the browser builds exactly what the command line and the server would.
 */
import type { PartialCase, Question } from '../api/types.js';
import { applyAnswer, type AnswerValue as EngineAnswer } from '../../../src/engine/answers.js';

/** What a control gives: the engine's answer value, or `null` for "I don't know" / skipped. */
export type AnswerValue = EngineAnswer | null;

export interface AnsweredQuestion {
  question: Question;
  value: AnswerValue;
}

/** The case a list of answers builds, and the questions answered "I don't know". */
export function requestFrom(history: readonly AnsweredQuestion[]): { case: PartialCase; skipped: string[] } {
  let built: PartialCase = {};
  const skipped: string[] = [];
  for (const { question, value } of history) {
    if (value === null) {
      if (!skipped.includes(question.id)) skipped.push(question.id);
    } else built = applyAnswer(built, question, value);
  }
  return { case: built, skipped };
}

/** Records an answer: replaces the earlier answer to the same question, else appends. */
export function withAnswer(history: readonly AnsweredQuestion[], question: Question, value: AnswerValue): AnsweredQuestion[] {
  const at = history.findIndex((h) => h.question.id === question.id);
  if (at === -1) return [...history, { question, value }];
  const next = history.slice();
  next[at] = { question, value };
  return next;
}

/** A number of days in the largest whole unit: 21 → "3 weeks", 365 → "1 year". */
export function daysInWords(days: number): string {
  const units = [
    [365, 'year'],
    [30, 'month'],
    [7, 'week'],
  ] as const;
  for (const [size, word] of units) {
    if (days >= size && days % size === 0) return plural(days / size, word);
  }
  return days === 0 ? 'today' : plural(days, 'day');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The answer in words, for the review list and the summary. */
export function describeAnswer(question: Question, value: AnswerValue): string {
  if (value === null) return question.kind === 'yes_no' ? "I don't know" : 'Skipped';
  switch (question.kind) {
    case 'yes_no':
      return value ? 'Yes' : 'No';
    case 'number':
      return `${String(value)}${question.unit ? ' ' + question.unit : ''}`;
    case 'duration':
      return typeof value === 'number' ? daysInWords(value) : String(value);
    case 'scale':
      return `${String(value)} out of ${question.max ?? 10}`;
    case 'choice':
      return question.options?.find((o) => o.value === value)?.label ?? String(value);
    case 'body_map': {
      const chosen = Array.isArray(value) ? (value as readonly string[]) : [];
      const words: string[] = [];
      for (const o of question.options ?? []) {
        const sides = chosen.filter((v) => v.startsWith(`${o.value}:`)).map((v) => v.slice(o.value.length + 1));
        if (chosen.includes(o.value)) words.push(o.label);
        else if (sides.length === 2) words.push(`${o.label} (both sides)`);
        else if (sides.length === 1) words.push(`${o.label} (${sides[0]})`);
      }
      return words.length > 0 ? words.join(', ') : 'None';
    }
  }
}

/** Checks a typed whole number against a range; returns an error message or null. */
export function wholeNumberError(raw: string, min: number | undefined, max: number | undefined, unit?: string): string | null {
  const text = raw.trim();
  const range = min !== undefined && max !== undefined ? ` from ${min} to ${max}${unit ? ` ${unit}` : ''}` : '';
  if (text === '') return `Please enter a number${range}.`;
  if (!/^-?\d+$/.test(text)) return `Please enter a whole number${range}, using digits only.`;
  const n = Number(text);
  if (min !== undefined && n < min) return `Please enter a number${range}. ${n} is too small.`;
  if (max !== undefined && n > max) return `Please enter a number${range}. ${n} is too large.`;
  return null;
}

/** Checks a typed number against the question's range; returns an error message or null. */
export function numberError(question: Question, raw: string): string | null {
  return wholeNumberError(raw, question.min, question.max);
}
