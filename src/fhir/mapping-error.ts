/**
 * A FHIR or CDS Hooks input that cannot become a case. It is a CaseValidationError, so the
 * server's error handler already answers it as a 400 naming the field; here the field is a
 * Questionnaire linkId (`saddle_numbness`, `pain.knee`) or a path in the request (`status`,
 * `context.ksnavCase.age`).
 */
import { CaseValidationError, type FieldError } from '../engine/validate.js';

export class FhirMappingError extends CaseValidationError {
  override name = 'FhirMappingError';
}

export function refuse(field: string, message: string): never {
  throw new FhirMappingError([{ field, message }]);
}

/** The same errors with every field under a prefix (`context.ksnavCase.` + `age`). */
export function prefixed(errors: readonly FieldError[], prefix: string): FieldError[] {
  return errors.map((e) => ({ field: `${prefix}${e.field}`, message: e.message }));
}
