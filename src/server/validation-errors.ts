/**
 * Turns ajv's validation errors (as Fastify hands them over) into one field and one readable
 * message, so `{ error: { field: "pain.knee", message: "pain.knee must be at most 10" } }`.
 * Never echoes the value that was sent: it may be health data.
 */
import { IsoDateSchema } from '../schemas/checkin.js';

export interface AjvError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface FieldProblem {
  field: string;
  message: string;
}

const TYPE_WORDS: Record<string, string> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

const FORMAT_WORDS: Record<string, string> = {
  email: 'an email address',
  uuid: 'an id',
  date: 'a calendar date, YYYY-MM-DD',
};

const PART_NAMES: Record<string, string> = { body: 'body', querystring: 'query string', params: 'path', headers: 'headers' };

export function explainValidation(errors: readonly AjvError[], context: string | undefined): FieldProblem {
  const chosen = choose(errors);
  const part = PART_NAMES[context ?? 'body'] ?? 'request';
  if (!chosen) return { field: part, message: `The ${part} is not valid.` };
  const base = pathOf(chosen.instancePath);
  const { field, text } = describe(chosen, base, errors);
  const shown = field || part;
  return { field: shown, message: `${field ? field : `The ${part}`} ${text}.` };
}

/** Prefer the anyOf summary of a union (it knows every allowed value) over its branches' errors. */
function choose(errors: readonly AjvError[]): AjvError | undefined {
  const first = errors[0];
  if (!first) return undefined;
  const union = errors.find((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  if (union && union.instancePath === first.instancePath) return union;
  return first;
}

function pathOf(instancePath: string): string {
  return instancePath
    .split('/')
    .filter(Boolean)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function join(base: string, child: unknown): string {
  const name = String(child);
  return base ? `${base}.${name}` : name;
}

function describe(e: AjvError, base: string, all: readonly AjvError[]): { field: string; text: string } {
  const p = e.params;
  switch (e.keyword) {
    case 'required':
      return { field: join(base, p.missingProperty), text: 'is required' };
    case 'additionalProperties':
      return { field: join(base, p.additionalProperty), text: 'is not a known field' };
    case 'type':
      return { field: base, text: `must be ${TYPE_WORDS[String(p.type)] ?? String(p.type)}` };
    case 'minimum':
      return { field: base, text: `must be at least ${String(p.limit)}` };
    case 'maximum':
      return { field: base, text: `must be at most ${String(p.limit)}` };
    case 'exclusiveMinimum':
      return { field: base, text: `must be more than ${String(p.limit)}` };
    case 'exclusiveMaximum':
      return { field: base, text: `must be less than ${String(p.limit)}` };
    case 'minLength':
      return { field: base, text: `must be at least ${String(p.limit)} characters long` };
    case 'maxLength':
      return { field: base, text: `must be at most ${String(p.limit)} characters long` };
    case 'minItems':
      return { field: base, text: `must have at least ${String(p.limit)} items` };
    case 'maxItems':
      return { field: base, text: `must have at most ${String(p.limit)} items` };
    case 'uniqueItems':
      return { field: base, text: 'must not repeat an item' };
    case 'pattern':
      return { field: base, text: p.pattern === IsoDateSchema.pattern ? 'must be a calendar date, YYYY-MM-DD' : 'has the wrong form' };
    case 'format':
      return { field: base, text: `must be ${FORMAT_WORDS[String(p.format)] ?? `in ${String(p.format)} format`}` };
    case 'const':
      return { field: base, text: `must be ${JSON.stringify(p.allowedValue)}` };
    case 'enum':
      return { field: base, text: `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    case 'anyOf':
    case 'oneOf': {
      const allowed = all.filter((x) => x.keyword === 'const' && x.instancePath === e.instancePath).map((x) => JSON.stringify(x.params.allowedValue));
      if (allowed.length > 0) return { field: base, text: `must be one of ${allowed.join(', ')}` };
      const inner = all.find((x) => x !== e && x.keyword !== 'anyOf' && x.keyword !== 'oneOf');
      return inner ? describe(inner, pathOf(inner.instancePath), all) : { field: base, text: 'does not have an allowed form' };
    }
    default:
      return { field: base, text: e.message ?? 'is not valid' };
  }
}
