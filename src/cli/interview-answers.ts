/**
 * What a person types at the interview, read strictly enough to re-ask on anything unclear, and
 * written into the case exactly where the question's `target` says. Pure: no terminal here.
 */
import { durationInDays, type AnswerValue } from '../engine/answers.js';
import type { Question, QuestionOption } from '../schemas/interview.js';

export { applyAnswer, type AnswerValue } from '../engine/answers.js';

/** An answer to write into the case, "don't know", or a reason to ask again. */
export type ParsedAnswer =
  | { readonly kind: 'value'; readonly value: AnswerValue; readonly words: string }
  | { readonly kind: 'skip' }
  | { readonly kind: 'retry'; readonly message: string };


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
    case 'duration':
      return parseDuration(q, text);
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

/** "3 weeks", "10 days", "2 months", "1 year", or a bare number of days. */
function parseDuration(q: Question, text: string): ParsedAnswer {
  const units = q.options ?? [];
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/.exec(text);
  const unit = m && (m[2] === '' ? units[0] : units.find((u) => u.value.startsWith(m[2]!) || m[2]!.startsWith(u.value.replace(/s$/, ''))));
  const how = `Please type a number and days, weeks, months or years, such as 3 weeks (0 days for today).`;
  if (!m || !unit || unit.days === undefined) return retry(how);
  const days = durationInDays(Number(m[1]), unit.days);
  if (days > (q.max ?? Infinity)) return retry(how);
  return { kind: 'value', value: days, words: `${m[1]} ${unit.label}` };
}

function parseChoice(options: readonly QuestionOption[], text: string): ParsedAnswer {
  const option = findOption(options, text);
  if (!option) return retry(`Please type the number of one option, 1 to ${options.length}.`);
  return { kind: 'value', value: option.value, words: option.label };
}

/**
 * Several areas by number or name, separated by commas or spaces, each optionally followed by
 * left, right or both (a leg area); 0 or "none" for none.
 */
function parseAreas(options: readonly QuestionOption[], text: string): ParsedAnswer {
  if (text === '0' || text === 'none') return { kind: 'value', value: [], words: 'none' };
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (parts.length === 0) return retry('Please type the numbers of the areas, such as 1 4, or 0 for none.');
  const chosen: string[] = [];
  const words: string[] = [];
  let last: QuestionOption | undefined;
  const add = (value: string) => {
    if (!chosen.includes(value)) chosen.push(value);
  };
  for (const part of parts) {
    const side = part === 'l' || part === 'left' ? 'left' : part === 'r' || part === 'right' ? 'right' : part === 'both' ? 'both' : null;
    if (side) {
      if (!last?.sided) return retry(`"${part}" follows an area that has no sides: put left, right or both after a leg area, such as 6 left.`);
      const i = chosen.indexOf(last.value);
      if (i >= 0) chosen.splice(i, 1);
      if (side === 'both') ['left', 'right'].forEach((s) => add(`${last!.value}:${s}`));
      else add(`${last.value}:${side}`);
      words[words.length - 1] = `${last.label} (${side})`;
      continue;
    }
    const option = findOption(options, part);
    if (!option) return retry(`"${part}" is not one of the areas: type numbers from 1 to ${options.length}, or 0 for none.`);
    last = option;
    if (!chosen.some((v) => v === option.value || v.startsWith(`${option.value}:`))) {
      add(option.value);
      words.push(option.label);
    }
  }
  return { kind: 'value', value: chosen, words: words.join(', ') };
}

/** By its number in the list, its value, or its label. */
function findOption(options: readonly QuestionOption[], text: string): QuestionOption | undefined {
  if (/^\d+$/.test(text)) return options[Number(text) - 1];
  return options.find((o) => o.value.toLowerCase() === text || o.label.toLowerCase() === text);
}
