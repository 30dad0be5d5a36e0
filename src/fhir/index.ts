/** FHIR R4 and CDS Hooks: the engine in the formats clinics' record systems speak. Pure. */
export { CASE_ID_SYSTEM, CODE_SYSTEMS, EXTENSIONS, INTAKE_QUESTIONNAIRE_ID, INTAKE_QUESTIONNAIRE_URL, KSNAV_FHIR_BASE } from './canonical-urls.js';
export { intakeQuestionnaire } from './questionnaire.js';
export { questionnaireResponseFromCase, type QuestionnaireResponseOptions } from './questionnaire-response-from-case.js';
export { caseFromQuestionnaireResponse } from './case-from-questionnaire-response.js';
export { assessmentToFhir, type AssessmentBundleOptions } from './assessment-bundle.js';
export { cdsCards, discovery, CDS_SERVICE_ID, type CdsCard, type CdsCardsOptions, type CdsIndicator, type CdsLink, type CdsService } from './cds-hooks.js';
export { FhirMappingError } from './mapping-error.js';
export { measureQuestionnaire, measureQuestionnaireUrl, MEASURE_QUESTIONNAIRE_IDS, MEASURE_QUESTIONNAIRE_VERSION } from './measure-questionnaire.js';
export { measureResponse, measureAnswersFromResponse, type MeasureResponseOptions } from './measure-response.js';
export { measureBundleEntries, measureObservation, measureToFhir, type MeasureFhirOptions, type MeasureObservationOptions } from './measure-observation.js';
export { measureResultsBundle, type StoredMeasureResult } from './measure-bundle.js';
