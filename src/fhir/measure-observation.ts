/**
 * A measure's score as a FHIR R4 Observation (category survey), derived from the
 * QuestionnaireResponse it was scored from:
 *
 * - STarT Back: LOINC 91352-5 risk level (Low/Medium/High, LOINC answers), with the total
 *   (91351-7) and distress subscore (91350-9) as components;
 * - Roland-Morris and PSFS: their score (ksnav measure-score codes: LOINC has no code we could
 *   check), as a Quantity in UCUM {score};
 * - NPRS: LOINC 72514-3, one component per site rated (the sites are never added together).
 *
 * `measureToFhir` makes the pair (response and Observation) with stable ids, ready for a Bundle
 * or an account export. Pure: the time is an input and ids derive from the content.
 */
import type * as fhir4 from 'fhir/r4.js';
import { MEASURES, type MeasureId } from '../knowledge/measures/index.js';
import { scoreMeasure } from '../measures/score.js';
import type { MeasureAnswers, MeasureResult, ScaleScore } from '../schemas/measures.js';
import { isInstant, isPatientReference } from './assessment-bundle.js';
import { CODE_SYSTEMS, HL7, KSNAV_FHIR_BASE } from './canonical-urls.js';
import { refuse } from './mapping-error.js';
import { loincCoding } from './measure-questionnaire.js';
import { measureResponse } from './measure-response.js';
import { canonicalJson, hash53 } from './stable-id.js';

export interface MeasureObservationOptions {
  /** When the answers were given: a FHIR instant such as 2026-01-31T09:30:00Z. */
  occurrence: string;
  /** The patient, such as Patient/123; none when anonymous. */
  patientReference?: string;
  id?: string;
  /** The QuestionnaireResponse scored, such as QuestionnaireResponse/abc. */
  responseReference?: string;
}

const SURVEY: fhir4.CodeableConcept[] = [{ coding: [{ system: HL7.observationCategory, code: 'survey', display: 'Survey' }] }];

const SCORE_CODES: Readonly<Record<'roland-morris' | 'psfs', { code: string; display: string }>> = {
  'roland-morris': { code: 'roland-morris.total', display: 'Roland-Morris Disability Questionnaire score (statements ticked, 0-24)' },
  psfs: { code: 'psfs.average', display: 'Patient-Specific Functional Scale score (average activity rating, 0-10)' },
};

const quantity = (value: number): fhir4.Quantity => ({ value, unit: '{score}', system: HL7.ucum, code: '{score}' });

function scaleCode(instrument: MeasureId, s: ScaleScore): fhir4.CodeableConcept {
  const scale = MEASURES[instrument].scales.find((x) => x.id === s.scale);
  const own: fhir4.Coding = { system: CODE_SYSTEMS.measureScore, code: `${instrument}.${s.scale}`, display: s.title };
  return { coding: scale?.loinc ? [loincCoding(scale.loinc), own] : [own], text: s.title };
}

function shape(result: MeasureResult): Pick<fhir4.Observation, 'code' | 'valueCodeableConcept' | 'valueQuantity' | 'component'> {
  const m = MEASURES[result.instrument];
  switch (result.instrument) {
    case 'start-back': {
      const group = MEASURES['start-back'].riskGroups.find((g) => g.code === result.risk?.code);
      if (!group) throw new Error('a STarT Back result carries its risk group');
      return {
        code: { coding: [{ system: HL7.loinc, code: '91352-5', display: 'STarT Back Screening risk level' }], text: `${m.title}: risk group` },
        valueCodeableConcept: { coding: [loincCoding(group.loinc)], text: group.display },
        component: result.scores.map((s) => ({ code: scaleCode('start-back', s), valueQuantity: quantity(s.value) })),
      };
    }
    case 'roland-morris':
    case 'psfs': {
      const score = result.scores[0];
      if (!score) throw new Error(`a ${result.instrument} result has its score`);
      const { code, display } = SCORE_CODES[result.instrument];
      return { code: { coding: [{ system: CODE_SYSTEMS.measureScore, code, display }], text: m.title }, valueQuantity: quantity(score.value) };
    }
    case 'nprs':
      return {
        code: { coding: MEASURES.nprs.loinc ? [loincCoding(MEASURES.nprs.loinc)] : [], text: `${m.title}, by site` },
        component: result.scores.map((s) => ({ code: scaleCode('nprs', s), valueQuantity: quantity(s.value) })),
      };
  }
}

export function measureObservation(result: MeasureResult, options: MeasureObservationOptions): fhir4.Observation {
  if (typeof options.occurrence !== 'string' || !isInstant(options.occurrence)) refuse('occurrence', 'must be a date-time with a time zone, such as 2026-01-31T09:30:00Z');
  if (options.patientReference !== undefined && !isPatientReference(options.patientReference)) {
    refuse('patientReference', 'must be a Patient reference such as Patient/123, an absolute Patient URL or a urn:uuid');
  }
  const { code, component, ...value } = shape(result);
  // Built in reading order: id, status, what, who, when, the value, where from, the parts.
  const o: fhir4.Observation = { resourceType: 'Observation', ...(options.id === undefined ? {} : { id: options.id }), status: 'final', category: SURVEY, code };
  if (options.patientReference !== undefined) o.subject = { reference: options.patientReference };
  o.effectiveDateTime = options.occurrence;
  Object.assign(o, value);
  if (options.responseReference !== undefined) o.derivedFrom = [{ reference: options.responseReference }];
  if (component) o.component = component;
  return o;
}

export interface MeasureFhirOptions {
  occurrence: string;
  patientReference?: string;
  /** Stem of both resource ids (A-Z a-z 0-9 - ., at most 50); derived from the content when absent. */
  idBase?: string;
}

/**
 * The completed measure as its QuestionnaireResponse and the Observation of its score, which
 * points back to the response: what an export or a collection Bundle holds for one measure.
 * Throws MeasureAnswerError for answers that do not check.
 */
export function measureToFhir<K extends MeasureId>(instrument: K, answers: MeasureAnswers[K], options: MeasureFhirOptions): {
  response: fhir4.QuestionnaireResponse;
  observation: fhir4.Observation;
  result: MeasureResult;
} {
  const result = scoreMeasure(instrument, answers);
  if (options.idBase !== undefined && !/^[A-Za-z0-9\-.]{1,50}$/.test(options.idBase)) refuse('idBase', 'must be 1 to 50 of A-Z a-z 0-9 - .');
  const base = options.idBase ?? `${instrument}-${hash53(canonicalJson({ instrument, answers, occurrence: options.occurrence, patient: options.patientReference ?? null }))}`;
  const subject = options.patientReference === undefined ? undefined : { reference: options.patientReference };
  const response = measureResponse(instrument, answers, { id: `${base}-qr`, authored: options.occurrence, ...(subject ? { subject } : {}) });
  const observation = measureObservation(result, {
    occurrence: options.occurrence,
    id: `${base}-score`,
    responseReference: `QuestionnaireResponse/${base}-qr`,
    ...(options.patientReference === undefined ? {} : { patientReference: options.patientReference }),
  });
  return { response, observation, result };
}

/** The pair as Bundle entries (fullUrl on ksnav's base, as the assessment Bundle has them), for an export or a collection Bundle. */
export function measureBundleEntries(pair: { response: fhir4.QuestionnaireResponse; observation: fhir4.Observation }): fhir4.BundleEntry[] {
  return [pair.response, pair.observation].map((resource) => {
    if (!resource.id) refuse('id', `the ${resource.resourceType} needs an id to go in a Bundle`);
    return { fullUrl: `${KSNAV_FHIR_BASE}/${resource.resourceType}/${resource.id}`, resource };
  });
}
