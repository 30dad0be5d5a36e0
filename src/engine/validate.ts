/**
 * Validates a case against `CaseSchema` (the one source of the contract) and explains every
 * problem in words that name the field. A malformed case is refused whole, never half-assessed.
 * Fields the contract does not know at the top level (a vignette's `expected`) are ignored.
 */
import type { TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { Value } from '@sinclair/typebox/value';
import { ValueErrorType, type ValueError } from '@sinclair/typebox/errors';
import { CaseSchema, COURSES, PAIN_SITES, PartialCaseSchema, SEXES, SIDED_SITES, SIDES, type Case, type PartialCase } from '../schemas/case.js';
import { isEvidenceId } from '../knowledge/evidence.js';
import { AGREE_ANSWERS, BOTHERSOME_ANSWERS, START_BACK_ITEM_IDS } from '../schemas/measures.js';
import { CODEGEN } from './codegen.js';

export interface FieldError {
  /** Dotted path of the field, such as `age`, `pain.knee` or `evidence.saddle_numbness`. */
  readonly field: string;
  readonly message: string;
}

export class CaseValidationError extends Error {
  override name = 'CaseValidationError';
  readonly field: string;
  constructor(readonly errors: readonly FieldError[]) {
    const first = errors[0] ?? { field: 'case', message: 'is not valid' };
    super(`${first.field}: ${first.message}`);
    this.field = first.field;
  }
}

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

interface Checker {
  Check(value: unknown): boolean;
  Errors(value: unknown): Iterable<ValueError>;
}

/** The compiled check where code may be generated; TypeBox's interpreter in the browser (codegen.ts). */
function checker(schema: TSchema): Checker {
  if (CODEGEN) return TypeCompiler.Compile(schema);
  return { Check: (value) => Value.Check(schema, value), Errors: (value) => Value.Errors(schema, value) };
}

const fullCheck = checker(CaseSchema);
const partialCheck = checker(PartialCaseSchema);
const KNOWN_FIELDS = Object.keys(CaseSchema.properties);

export function validateCase(input: unknown): Validation<Case> {
  return check(input, fullCheck) as Validation<Case>;
}

/** The interview's case: same rules, nothing required yet. */
export function validatePartialCase(input: unknown): Validation<PartialCase> {
  return check(input, partialCheck) as Validation<PartialCase>;
}

/** Throws CaseValidationError; returns the case with unknown top-level fields dropped. */
export function parseCase(input: unknown): Case {
  const result = validateCase(input);
  if (!result.ok) throw new CaseValidationError(result.errors);
  return result.value;
}

function check(input: unknown, compiled: Checker): Validation<Case | PartialCase> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ field: 'case', message: 'must be a JSON object' }] };
  }
  const known = onlyKnown(input as Record<string, unknown>);
  if (isValidFast(known, compiled === fullCheck)) return { ok: true, value: known as Case };
  // The slow path decides, and explains: the fast check only ever answers "certainly valid".
  if (compiled.Check(known)) return { ok: true, value: known as Case };
  const errors: FieldError[] = [];
  for (const error of compiled.Errors(known)) {
    const explained = explain(error);
    if (!errors.some((e) => e.field === explained.field)) errors.push(explained);
    if (errors.length >= 20) break;
  }
  return { ok: false, errors };
}

/**
 * The common case, a valid case, checked in one pass over its keys. The compiled schema check
 * tests `additionalProperties` against every known evidence id for every key it meets, which
 * costs more than the whole rest of an assessment. A property test holds this equal to the
 * schema's own check (validate.property.test.ts).
 */
export function isValidFast(c: Record<string, unknown>, ageRequired: boolean): boolean {
  const { id, age, sex, durationDays, course, pain, side, evidence, startBack } = c;
  if (age === undefined ? ageRequired : !(Number.isInteger(age) && (age as number) >= 0 && (age as number) <= 120)) return false;
  if (id !== undefined && !(typeof id === 'string' && id.length <= 200)) return false;
  if (sex !== undefined && !(SEXES as readonly unknown[]).includes(sex)) return false;
  if (course !== undefined && !(COURSES as readonly unknown[]).includes(course)) return false;
  if (durationDays !== undefined && !(typeof durationDays === 'number' && durationDays >= 0 && durationDays <= 36500)) return false;
  if (pain !== undefined) {
    if (!isPlainObject(pain)) return false;
    for (const site in pain) {
      const v = (pain as Record<string, unknown>)[site];
      if (!(PAIN_SITES as readonly string[]).includes(site) || !(typeof v === 'number' && v >= 0 && v <= 10)) return false;
    }
  }
  if (side !== undefined) {
    if (!isPlainObject(side)) return false;
    for (const site in side) {
      if (!(SIDED_SITES as readonly string[]).includes(site) || !(SIDES as readonly unknown[]).includes((side as Record<string, unknown>)[site])) return false;
    }
  }
  if (evidence !== undefined) {
    if (!isPlainObject(evidence)) return false;
    for (const key in evidence) if (!isEvidenceId(key) || typeof (evidence as Record<string, unknown>)[key] !== 'boolean') return false;
  }
  if (startBack !== undefined && !isStartBackFast(startBack)) return false;
  return true;
}

/** All nine STarT Back items, each with one of its answers, and nothing else. */
function isStartBackFast(startBack: unknown): boolean {
  if (!isPlainObject(startBack)) return false;
  let answered = 0;
  for (const key in startBack) {
    const v = (startBack as Record<string, unknown>)[key];
    if (!(START_BACK_ITEM_IDS as readonly string[]).includes(key)) return false;
    if (!((key === 'q9' ? BOTHERSOME_ANSWERS : AGREE_ANSWERS) as readonly unknown[]).includes(v)) return false;
    answered++;
  }
  return answered === START_BACK_ITEM_IDS.length;
}

function isPlainObject(v: unknown): v is object {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

const KNOWN = new Set(KNOWN_FIELDS);

/** The case itself when it holds only known fields (the usual case: no copy), else a copy without the others. */
function onlyKnown(input: Record<string, unknown>): Record<string, unknown> {
  for (const key in input) if (!KNOWN.has(key) || input[key] === undefined) return pickKnown(input);
  return input;
}

function pickKnown(input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of KNOWN_FIELDS) if (input[key] !== undefined) out[key] = input[key];
  return out;
}

function explain(error: ValueError): FieldError {
  const field = error.path.split('/').filter(Boolean).join('.') || 'case';
  const [top, child] = field.split('.');
  if (error.type === ValueErrorType.ObjectRequiredProperty) {
    if (top === 'startBack' && child) return { field, message: 'is not answered: the STarT Back risk groups need all nine answers' };
    return { field, message: `is required (${describe(top, child)})` };
  }
  if (error.type === ValueErrorType.ObjectAdditionalProperties) {
    if (top === 'evidence') return { field, message: 'is not a known evidence id (see evidence.json)' };
    if (top === 'pain') return { field, message: 'is not a pain site: use knee, leg or back' };
    if (top === 'side') return { field, message: 'is not a side that is recorded: use knee or leg' };
    if (top === 'startBack') return { field, message: 'is not a STarT Back item: use q1 to q9' };
    return { field, message: 'is not a known field' };
  }
  return { field, message: `must be ${describe(top, child)}` };
}

function describe(top: string | undefined, child: string | undefined): string {
  switch (top) {
    case 'age':
      return 'a whole number of years from 0 to 120';
    case 'sex':
      return 'one of female, male, other';
    case 'durationDays':
      return 'a number of days from 0 to 36500';
    case 'course':
      return 'one of improving, stable, worsening';
    case 'id':
      return 'a string of at most 200 characters';
    case 'pain':
      return child ? 'a number from 0 to 10' : 'an object with knee, leg and back scores from 0 to 10';
    case 'evidence':
      return child ? 'true or false (leave it out when not asked)' : 'an object of evidence ids with true or false';
    case 'side':
      return child ? 'one of left, right, both' : 'an object with knee and leg sides (left, right or both)';
    case 'startBack':
      if (child === 'q9') return `one of ${BOTHERSOME_ANSWERS.join(', ')}`;
      return child ? `one of ${AGREE_ANSWERS.join(', ')}` : 'an object with the nine STarT Back answers, q1 to q9';
    default:
      return 'valid';
  }
}
