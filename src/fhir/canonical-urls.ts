/**
 * The canonical URLs ksnav's FHIR resources name: the intake Questionnaire, our code systems and
 * extensions. `ksnav.example` is a placeholder base until the project publishes an implementation
 * guide; integrators only need the URLs to be stable, which they are (none is ever renamed).
 */
export const KSNAV_FHIR_BASE = 'http://ksnav.example/fhir';

export const INTAKE_QUESTIONNAIRE_ID = 'ksnav-intake';
export const INTAKE_QUESTIONNAIRE_URL = `${KSNAV_FHIR_BASE}/Questionnaire/${INTAKE_QUESTIONNAIRE_ID}`;

/** Code systems of the contract's vocabularies: codes are the contract ids, unchanged. */
export const CODE_SYSTEMS = {
  triageLevel: `${KSNAV_FHIR_BASE}/CodeSystem/triage-level`,
  redFlag: `${KSNAV_FHIR_BASE}/CodeSystem/red-flag`,
  pattern: `${KSNAV_FHIR_BASE}/CodeSystem/pattern`,
  evidence: `${KSNAV_FHIR_BASE}/CodeSystem/evidence`,
  course: `${KSNAV_FHIR_BASE}/CodeSystem/course`,
  /** Which side hurts: left, right, both. */
  side: `${KSNAV_FHIR_BASE}/CodeSystem/side`,
  /** Codes for what ksnav itself observes or assesses (the triage level, the assessment). */
  ksnav: `${KSNAV_FHIR_BASE}/CodeSystem/ksnav`,
  /** Answers of the validated measures' choice items (agree, very_much...), where LOINC has none we could check. */
  measureAnswer: `${KSNAV_FHIR_BASE}/CodeSystem/measure-answer`,
  /** Scores of the validated measures without a LOINC code (`roland-morris.total`, `psfs.average`...). */
  measureScore: `${KSNAV_FHIR_BASE}/CodeSystem/measure-score`,
} as const;

/** Identifier system carrying a case's own `id` on the QuestionnaireResponse. */
export const CASE_ID_SYSTEM = `${KSNAV_FHIR_BASE}/NamingSystem/case-id`;

export const EXTENSIONS = {
  /** valueBoolean true on an item whose "yes" can raise a red flag (evidence `redFlag`). */
  redFlagQuestion: `${KSNAV_FHIR_BASE}/StructureDefinition/red-flag-question`,
  /** valueBoolean true on a finding only a clinician's examination gives (evidence `clinician`). */
  clinicianFinding: `${KSNAV_FHIR_BASE}/StructureDefinition/clinician-finding`,
} as const;

/** HL7's own systems and extensions we use. */
export const HL7 = {
  administrativeGender: 'http://hl7.org/fhir/administrative-gender',
  riskProbability: 'http://terminology.hl7.org/CodeSystem/risk-probability',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  itemControl: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
  itemControlSystem: 'http://hl7.org/fhir/questionnaire-item-control',
  minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
  ordinalValue: 'http://hl7.org/fhir/StructureDefinition/ordinalValue',
  minOccurs: 'http://hl7.org/fhir/StructureDefinition/questionnaire-minOccurs',
  maxOccurs: 'http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs',
  loinc: 'http://loinc.org',
  maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
  questionnaireUnit: 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit',
  ucum: 'http://unitsofmeasure.org',
} as const;
