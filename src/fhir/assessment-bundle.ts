/**
 * An assessment as a FHIR R4 `collection` Bundle a clinic's record can file:
 *
 * - the QuestionnaireResponse of the case (the answers everything else is derived from);
 * - an Observation of the triage level (code system triage-level, the contract's level codes);
 * - one Observation per red flag raised (valueBoolean true, with its evidence and sources);
 * - a RiskAssessment: one prediction per pattern, "consistent with" it at high, moderate or low
 *   likelihood (HL7 risk-probability), the triage action as mitigation, the not-a-diagnosis note;
 * - a ClinicalImpression tying them together: triage title and reasons, a finding per red flag;
 * - when the case has the STarT Back answers, an Observation of the risk group (LOINC 91352-5,
 *   as the measure's $score gives it) with the care matched to it as a note.
 *
 * Pure and deterministic: `occurrence` is an input (no clock), and every id derives from the
 * case and the occurrence (no randomness), so the same input gives byte-identical JSON.
 */
import type * as fhir4 from 'fhir/r4.js';
import { TRIAGE_LEVEL_INFO } from '../knowledge/triage-levels.js';
import type { Assessment, Likelihood, PatternHit, RedFlagHit } from '../schemas/assessment.js';
import type { Case } from '../schemas/case.js';
import { CODE_SYSTEMS, HL7, KSNAV_FHIR_BASE } from './canonical-urls.js';
import { citations, consistentWith, evidenceInWords, uniqueSources } from './clinical-text.js';
import { refuse } from './mapping-error.js';
import { questionnaireResponseFromCase } from './questionnaire-response-from-case.js';
import { measureObservation } from './measure-observation.js';
import { scoreMeasure } from '../measures/score.js';
import { canonicalJson, FHIR_ID, hash53, idSlug } from './stable-id.js';

export interface AssessmentBundleOptions {
  /** The patient the answers are about, such as `Patient/123`; anonymous when absent. */
  patientReference?: string;
  /** When the assessment was made: a FHIR instant such as 2026-01-31T09:30:00Z. */
  occurrence: string;
  /** Stem of every resource id (at most 50 of A-Z a-z 0-9 - .); derived from the case when absent. */
  idBase?: string;
}

/** FHIR `instant`: date, time and zone, all required. */
const INSTANT = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d{1,9})?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00))$/;
const PATIENT_REFERENCE = /^(Patient\/[A-Za-z0-9\-.]{1,64}(\/_history\/[A-Za-z0-9\-.]{1,64})?|https?:\/\/\S{1,200}\/Patient\/[A-Za-z0-9\-.]{1,64}|urn:uuid:[0-9a-fA-F-]{36})$/;
const MAX_ID_BASE = 50;

/** A FHIR instant (date, time and zone): what `occurrence` must be. */
export const isInstant = (text: string): boolean => INSTANT.test(text);
/** What `patientReference` may be: Patient/123, an absolute Patient URL, or a urn:uuid. */
export const isPatientReference = (text: string): boolean => PATIENT_REFERENCE.test(text);

const LIKELIHOOD_DISPLAY: Readonly<Record<Likelihood, string>> = { high: 'High likelihood', moderate: 'Moderate likelihood', low: 'Low likelihood' };

const SURVEY: fhir4.CodeableConcept[] = [{ coding: [{ system: HL7.observationCategory, code: 'survey', display: 'Survey' }] }];
const TRIAGE_CODE: fhir4.CodeableConcept = { coding: [{ system: CODE_SYSTEMS.ksnav, code: 'triage-level', display: 'ksnav triage level' }], text: 'ksnav triage level' };
const ASSESSMENT_CODE: fhir4.CodeableConcept = {
  coding: [{ system: CODE_SYSTEMS.ksnav, code: 'knee-leg-pain-assessment', display: 'Knee–Sciatica Navigator assessment' }],
  text: 'Knee, leg and back pain assessment (red flags, triage, patterns)',
};

interface Ids {
  bundle: string;
  qr: string;
  triage: string;
  risk: string;
  impression: string;
  flag: (index: number) => string;
  startBack: string;
}

export function assessmentToFhir(a: Assessment, c: Case, options: AssessmentBundleOptions): fhir4.Bundle {
  const { occurrence } = options;
  if (typeof occurrence !== 'string' || !isInstant(occurrence)) refuse('occurrence', 'must be a date-time with a time zone, such as 2026-01-31T09:30:00Z');
  if (options.patientReference !== undefined && !isPatientReference(options.patientReference)) {
    refuse('patientReference', 'must be a Patient reference such as Patient/123, an absolute Patient URL or a urn:uuid');
  }
  const ids = idsFrom(options.idBase ?? defaultIdBase(a, c, occurrence));
  const subject: fhir4.Reference = options.patientReference ? { reference: options.patientReference } : { display: 'Anonymous: no patient record was given' };
  const qrRef: fhir4.Reference = { reference: `QuestionnaireResponse/${ids.qr}` };
  const flagRefs = a.redFlags.map((_, i): fhir4.Reference => ({ reference: `Observation/${ids.flag(i)}` }));
  const at = { subject, occurrence, qrRef };

  const qr = questionnaireResponseFromCase(c, { id: ids.qr, authored: occurrence, subject });
  const triage = triageObservation(a, ids.triage, at, flagRefs);
  const flags = a.redFlags.map((r, i) => redFlagObservation(r, ids.flag(i), at));
  const risk = riskAssessment(a, ids.risk, at);
  const startBack = startBackObservation(a, c, ids.startBack, at, options.patientReference);
  const impression = clinicalImpression(a, ids.impression, at, {
    triage: { reference: `Observation/${ids.triage}` },
    risk: { reference: `RiskAssessment/${ids.risk}` },
    flags: flagRefs,
    ...(startBack ? { startBack: { reference: `Observation/${ids.startBack}` } } : {}),
  });

  const resources: fhir4.FhirResource[] = [qr, triage, ...flags, risk, ...(startBack ? [startBack] : []), impression];
  return {
    resourceType: 'Bundle',
    id: ids.bundle,
    type: 'collection',
    timestamp: occurrence,
    entry: resources.map((resource) => ({ fullUrl: `${KSNAV_FHIR_BASE}/${resource.resourceType}/${resource.id}`, resource })),
  };
}

function defaultIdBase(a: Assessment, c: Case, occurrence: string): string {
  const readable = (c.id !== undefined && idSlug(c.id, 32)) || 'ksnav';
  return `${readable}-${hash53(canonicalJson({ case: c, occurrence, engineVersion: a.engineVersion }))}`;
}

function idsFrom(base: string): Ids {
  if (!FHIR_ID.test(base) || base.length > MAX_ID_BASE) refuse('idBase', `must be 1 to ${MAX_ID_BASE} of A-Z a-z 0-9 - .`);
  return {
    bundle: base,
    qr: `${base}-qr`,
    triage: `${base}-triage`,
    risk: `${base}-risk`,
    impression: `${base}-impression`,
    flag: (index) => `${base}-flag-${index + 1}`,
    startBack: `${base}-start-back`,
  };
}

interface At {
  subject: fhir4.Reference;
  occurrence: string;
  qrRef: fhir4.Reference;
}

const note = (text: string): fhir4.Annotation => ({ text });

function triageObservation(a: Assessment, id: string, at: At, flagRefs: fhir4.Reference[]): fhir4.Observation {
  const { level, title, action, timeframe, because, rules } = a.triage;
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    category: SURVEY,
    code: TRIAGE_CODE,
    subject: at.subject,
    effectiveDateTime: at.occurrence,
    valueCodeableConcept: { coding: [{ system: CODE_SYSTEMS.triageLevel, code: level, display: TRIAGE_LEVEL_INFO[level].title }], text: title },
    derivedFrom: [at.qrRef, ...flagRefs],
    note: [
      note(`${action} (${timeframe})`),
      note(`Because: ${because.join(' ')}`),
      ...(rules.length > 0 ? [note(`Sources: ${citations(uniqueSources(rules.map((r) => r.sources)))}`)] : []),
      ...(a.unansweredNotice ? [note(a.unansweredNotice)] : []),
    ],
  };
}

function redFlagObservation(r: RedFlagHit, id: string, at: At): fhir4.Observation {
  const code: fhir4.CodeableConcept = { coding: [{ system: CODE_SYSTEMS.redFlag, code: r.id, display: r.title }], text: r.title };
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    category: SURVEY,
    code,
    subject: at.subject,
    effectiveDateTime: at.occurrence,
    valueBoolean: true,
    derivedFrom: [at.qrRef],
    component: [{
      code: { coding: [{ system: CODE_SYSTEMS.ksnav, code: 'red-flag-level', display: 'triage level this red flag calls for' }], text: 'triage level this red flag calls for' },
      valueCodeableConcept: { coding: [{ system: CODE_SYSTEMS.triageLevel, code: r.level, display: TRIAGE_LEVEL_INFO[r.level].title }] },
    }],
    note: [
      note(r.explanation),
      note(`Because: ${evidenceInWords(r.because)}.`),
      note(`What to do: ${r.whatToDo}`),
      note(`Sources: ${citations(r.sources)}`),
    ],
  };
}

function prediction(p: PatternHit): fhir4.RiskAssessmentPrediction {
  const against = p.against.length > 0 ? ` Against: ${evidenceInWords(p.against)}.` : '';
  return {
    outcome: { coding: [{ system: CODE_SYSTEMS.pattern, code: p.id, display: p.title }], text: consistentWith(p.title) },
    qualitativeRisk: { coding: [{ system: HL7.riskProbability, code: p.likelihood, display: LIKELIHOOD_DISPLAY[p.likelihood] }] },
    rationale: `Because: ${p.because.length > 0 ? evidenceInWords(p.because) : 'the picture as a whole'}.${against} Sources: ${citations(p.sources)}`,
  };
}

function riskAssessment(a: Assessment, id: string, at: At): fhir4.RiskAssessment {
  const risk: fhir4.RiskAssessment = {
    resourceType: 'RiskAssessment',
    id,
    status: 'final',
    code: ASSESSMENT_CODE,
    method: { text: `Knee–Sciatica Navigator engine ${a.engineVersion}: sourced rules over the intake answers` },
    subject: at.subject,
    occurrenceDateTime: at.occurrence,
    basis: [at.qrRef],
    mitigation: `${a.triage.title}. ${a.triage.action}`,
    note: [...(a.ageNotice ? [note(a.ageNotice)] : []), note(a.notice), ...(a.unansweredNotice ? [note(a.unansweredNotice)] : [])],
  };
  if (a.patterns.length > 0) risk.prediction = a.patterns.map(prediction);
  return risk;
}

/** The STarT Back risk group scored from the intake's answers, with the care matched to it (or why none is). */
function startBackObservation(a: Assessment, c: Case, id: string, at: At, patientReference: string | undefined): fhir4.Observation | undefined {
  if (!c.startBack || !a.stratifiedCare) return undefined;
  const care = a.stratifiedCare;
  const o = measureObservation(scoreMeasure('start-back', c.startBack), {
    occurrence: at.occurrence,
    id,
    ...(at.qrRef.reference ? { responseReference: at.qrRef.reference } : {}),
    ...(patientReference === undefined ? {} : { patientReference }),
  });
  if (patientReference === undefined) o.subject = at.subject;
  o.note = [note(`${care.title}. ${care.summary}${care.steps.length > 0 ? ` ${care.steps.join(' ')}` : ''}`), note(`Sources: ${citations(care.sources)}`), note(care.attribution)];
  return o;
}

function clinicalImpression(
  a: Assessment, id: string, at: At,
  refs: { triage: fhir4.Reference; risk: fhir4.Reference; flags: fhir4.Reference[]; startBack?: fhir4.Reference },
): fhir4.ClinicalImpression {
  const impression: fhir4.ClinicalImpression = {
    resourceType: 'ClinicalImpression',
    id,
    status: 'completed',
    code: ASSESSMENT_CODE,
    description: 'Red-flag screening and triage of knee, leg and back pain from the intake answers. Not a diagnosis.',
    subject: at.subject,
    effectiveDateTime: at.occurrence,
    date: at.occurrence,
    investigation: [{ code: { text: 'Knee–Sciatica Navigator intake questionnaire' }, item: [at.qrRef] }],
    summary: `${a.triage.title}. ${a.triage.because.join(' ')}`,
    prognosisReference: [refs.risk],
    supportingInfo: refs.startBack ? [refs.triage, refs.startBack] : [refs.triage],
    note: [note(a.notice)],
  };
  if (a.redFlags.length > 0) {
    impression.finding = a.redFlags.map((r, i) => ({
      itemCodeableConcept: { coding: [{ system: CODE_SYSTEMS.redFlag, code: r.id, display: r.title }], text: r.title },
      itemReference: refs.flags[i],
      basis: `Because: ${evidenceInWords(r.because)}. Sources: ${citations(r.sources)}`,
    }));
  }
  return impression;
}
