/**
 * Answers that cannot be scored. A CaseValidationError like every other refusal of bad input, so
 * the server answers it as a 400 naming the field and the command line prints the field; the
 * field is the item (`q4`, `activities[1].rating`, `knee`) or, from FHIR, its linkId.
 */
import { CaseValidationError } from '../engine/validate.js';

export class MeasureAnswerError extends CaseValidationError {
  override name = 'MeasureAnswerError';
}

export function refuseAnswer(field: string, message: string): never {
  throw new MeasureAnswerError([{ field, message }]);
}

type Json = Record<string, unknown>;

export const isPlainObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The answers as an object, refusing anything else with the instrument named. */
export function answersObject(input: unknown, what: string): Json {
  if (!isPlainObject(input)) refuseAnswer('answers', `must be a JSON object: ${what}`);
  return input;
}

/** Refuses keys the instrument does not have, naming the first. */
export function onlyKeys(answers: Json, known: readonly string[], what: string): void {
  for (const key of Object.keys(answers)) {
    if (!known.includes(key)) refuseAnswer(key, `is not part of ${what}`);
  }
}

export const isWhole = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
