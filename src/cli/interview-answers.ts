/**
 * What a person types at the interview, read strictly enough to re-ask on anything unclear, and
 * written into the case exactly where the question's `target` says. Pure: no terminal here.
 */
import type { PartialCase } from '../schemas/case.js';
import type { Question, QuestionOption } from '../schemas/interview.js';

/** An answer to write into the case, "don't know", or a reason to ask again. */
export type ParsedAnswer =
  | { readonly kind: 'value'; readonly value: AnswerValue; readonly words: string }
  | { readonly kind: 'skip' }
  | { readonly kind: 'retry'; readonly message: string };

export type AnswerValue = boolean | number | string | readonly string[];

const YES = new Set(['y', 'yes', 'yeah', 'yep', 'true', '1']);
const NO = new Set(['n', 'no', 'nope', 'false', '2']);
const DONT_KNOW = new Set(['?', 'dk', "don't know", 'dont know', 'do not know', 'not sure', 'unsure', 'skip']);
/** For yes/no only, where the options are numbered 1 yes, 2 no, 3 don't know. */
const DONT_KNOW_YES_NO = new Set(['d', '3']);

const retry = (message: string): ParsedAnswer => ({ kind: 'retry', message });

/** Whether "don't know" is allowed: age is needed for any assessment, so it is asked until given. */
export function canSkip(q: Question): boolean {
  return !(q.target.kind === 'field' && q.target.field === 'age');
}

export function parseAnswer(q: Question, raw: string): ParsedAnswer {
  const text = raw.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[’`]/g, "'");
  if (DONT_KNOW.has(text) || (q.kind === 'yes_no' && DONT_KNOW_YES_NO.has(text))) {
    return canSkip(q) ? { kind: 'skip' } : retry('This one is needed for any advice: your best guess is fine.');
  }
  switch (q.kind) {
    case 'yes_no':
      if (YES.has(text)) return { kind: 'value', value: true, words: 'yes' };
      if (NO.has(text)) return { kind: 'value', value: false, words: 'no' };
      return retry("Please answer y (yes), n (no) or ? (don't know).");
    case 'number':
    case 'scale':
      return parseNumber(q, text);
    case 'choice':
      return parseChoice(q.options ?? [], text);
    case 'body_map':
      return parseAreas(q.options ?? [], text);
  }
}

function parseNumber(q: Question, text: string): ParsedAnswer {
  const min = q.min ?? -Infinity;
  const max = q.max ?? Infinity;
  const integer = q.target.kind === 'field' && q.target.field === 'age';
  const range = `${integer ? 'a whole number' : 'a number'} from ${min} to ${max}${q.unit ? ` (${q.unit})` : ''}`;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return retry(`Please type ${range}.`);
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) return retry(`Please type ${range}.`);
  return { kind: 'value', value, words: String(value) };
}

function parseChoice(options: readonly QuestionOption[], text: string): ParsedAnswer {
  const option = findOption(options, text);
  if (!option) return retry(`Please type the number of one option, 1 to ${options.length}.`);
  return { kind: 'value', value: option.value, words: option.label };
}

/** Several areas by number or name, separated by commas or spaces; 0 or "none" for none. */
function parseAreas(options: readonly QuestionOption[], text: string): ParsedAnswer {
  if (text === '0' || text === 'none') return { kind: 'value', value: [], words: 'none' };
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (parts.length === 0) return retry('Please type the numbers of the areas that hurt, such as 1 4, or 0 for none.');
  const chosen: string[] = [];
  for (const part of parts) {
    const option = findOption(options, part);
    if (!option) return retry(`"${part}" is not one of the areas: type numbers from 1 to ${options.length}, or 0 for none.`);
    if (!chosen.includes(option.value)) chosen.push(option.value);
  }
  const labels = options.filter((o) => chosen.includes(o.value)).map((o) => o.label);
  return { kind: 'value', value: chosen, words: labels.join(', ') };
}

/** By its number in the list, its value, or its label. */
function findOption(options: readonly QuestionOption[], text: string): QuestionOption | undefined {
  if (/^\d+$/.test(text)) return options[Number(text) - 1];
  return options.find((o) => o.value.toLowerCase() === text || o.label.toLowerCase() === text);
}

/** Writes an answer where the question's target says; returns a new case. */
export function applyAnswer(c: PartialCase, q: Question, value: AnswerValue): PartialCase {
  const t = q.target;
  switch (t.kind) {
    case 'evidence':
      return { ...c, evidence: { ...c.evidence, [t.id]: value as boolean } };
    case 'field':
      return { ...c, [t.field]: value };
    case 'pain':
      return { ...c, pain: { ...c.pain, [t.site]: value as number } };
    case 'body_map': {
      const chosen = value as readonly string[];
      const evidence = { ...c.evidence };
      for (const o of q.options ?? []) if (o.evidence) evidence[o.evidence] = chosen.includes(o.value);
      return { ...c, evidence };
    }
  }
}
