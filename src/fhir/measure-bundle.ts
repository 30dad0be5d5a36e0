/**
 * A person's measure results as one FHIR R4 `collection` Bundle, for the account export: for each
 * completed set, its QuestionnaireResponse and the Observation of its score (derived from the
 * response). The day answered is the response's `authored` and the Observation's time; when it
 * was stored is the Observation's `issued`. Pure: every time is an input, ids are the results'.
 */
import type * as fhir4 from 'fhir/r4.js';
import type { MeasureId } from '../knowledge/measures/index.js';
import type { MeasureAnswers } from '../schemas/measures.js';
import { isInstant } from './assessment-bundle.js';
import { refuse } from './mapping-error.js';
import { measureBundleEntries, measureToFhir } from './measure-observation.js';
import { FHIR_ID } from './stable-id.js';

export interface StoredMeasureResult {
  readonly id: string;
  readonly instrument: MeasureId;
  /** YYYY-MM-DD: the day it was answered. */
  readonly date: string;
  readonly answers: unknown;
  /** When it was stored: a FHIR instant. */
  readonly createdAt: string;
}

export function measureResultsBundle(results: readonly StoredMeasureResult[], options: { id: string; timestamp: string; patientReference?: string }): fhir4.Bundle {
  if (!FHIR_ID.test(options.id)) refuse('id', 'must be 1 to 64 of A-Z a-z 0-9 - .');
  if (!isInstant(options.timestamp)) refuse('timestamp', 'must be a date-time with a time zone, such as 2026-01-31T09:30:00Z');
  const entry = results.flatMap((r) => {
    const pair = measureToFhir(r.instrument, r.answers as MeasureAnswers[MeasureId], {
      occurrence: r.createdAt,
      idBase: r.id,
      ...(options.patientReference === undefined ? {} : { patientReference: options.patientReference }),
    });
    pair.response.authored = r.date;
    pair.observation.effectiveDateTime = r.date;
    pair.observation.issued = r.createdAt;
    return measureBundleEntries(pair);
  });
  return { resourceType: 'Bundle', id: options.id, type: 'collection', timestamp: options.timestamp, entry };
}
