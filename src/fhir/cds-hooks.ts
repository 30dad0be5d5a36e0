/**
 * CDS Hooks (1.0 and 2.0) for a record system: the discovery document and the `patient-view`
 * service `ksnav-triage`. The request carries the intake either as a case (`context.ksnavCase`,
 * for a record that keeps ksnav's own JSON) or as a QuestionnaireResponse to the intake
 * Questionnaire (`prefetch.intake`: the resource itself, or the search Bundle the prefetch
 * template returns). The answer is one card: critical for an emergency, warning for "today",
 * info otherwise. Malformed requests are refused with the field at fault.
 */
import type * as fhir4 from 'fhir/r4.js';
import { assessValid } from '../engine/assess.js';
import { validateCase } from '../engine/validate.js';
import { isEmergencyLevel, type TriageLevel } from '../knowledge/triage-levels.js';
import { PATTERNS } from '../knowledge/patterns.js';
import type { Assessment } from '../schemas/assessment.js';
import type { Case } from '../schemas/case.js';
import { INTAKE_QUESTIONNAIRE_URL } from './canonical-urls.js';
import { cardDetail } from './cds-card-detail.js';
import { caseFromQuestionnaireResponse } from './case-from-questionnaire-response.js';
import { FhirMappingError, prefixed, refuse } from './mapping-error.js';

export const CDS_SERVICE_ID = 'ksnav-triage';
export const CDS_HOOK = 'patient-view';
export const CDS_SOURCE_LABEL = 'Knee–Sciatica Navigator';
/** CDS Hooks caps a card summary at 140 characters. */
export const SUMMARY_MAX = 140;

export interface CdsService {
  hook: string;
  id: string;
  title: string;
  description: string;
  prefetch?: Record<string, string>;
}

export interface CdsLink {
  label: string;
  url: string;
  type: 'absolute' | 'smart';
}

export type CdsIndicator = 'info' | 'warning' | 'critical';

export interface CdsCard {
  summary: string;
  detail: string;
  indicator: CdsIndicator;
  source: { label: string; url?: string };
  links?: CdsLink[];
}

export interface CdsCardsOptions {
  /** Where the app is served (https://ksnav.clinic.example); links and source.url point there. */
  appUrl?: string;
}

export function discovery(): { services: CdsService[] } {
  return {
    services: [{
      hook: CDS_HOOK,
      id: CDS_SERVICE_ID,
      title: 'Knee–Sciatica Navigator triage',
      description:
        "Triage of the patient's latest knee, leg and back pain intake (the ksnav intake Questionnaire): red flags first, how soon and whom "
        + 'to see, and the patterns the answers are consistent with. Not a diagnosis.',
      prefetch: {
        intake: `QuestionnaireResponse?subject={{context.patientId}}&questionnaire=${INTAKE_QUESTIONNAIRE_URL}&_sort=-authored&_count=1`,
      },
    }],
  };
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function cdsCards(request: unknown, options: CdsCardsOptions = {}): { cards: CdsCard[] } {
  const c = caseOf(request);
  if (c === null) return { cards: [] };
  return { cards: [card(assessValid(c), options)] };
}

/** The request's case; null when the record has no intake (the prefetch came back empty). */
function caseOf(request: unknown): Case | null {
  if (!isObject(request)) refuse('request', 'must be a JSON object');
  if (request.hook !== CDS_HOOK) refuse('hook', `must be ${CDS_HOOK}: the only hook this service answers`);
  if (typeof request.hookInstance !== 'string' || request.hookInstance.length === 0) refuse('hookInstance', 'must be a non-empty string');
  if (!isObject(request.context)) refuse('context', 'must be an object');
  for (const key of ['patientId', 'userId', 'encounterId']) {
    if (request.context[key] !== undefined && typeof request.context[key] !== 'string') refuse(`context.${key}`, 'must be a string');
  }
  if (request.prefetch !== undefined && request.prefetch !== null && !isObject(request.prefetch)) refuse('prefetch', 'must be an object');

  if (request.context.ksnavCase !== undefined) {
    const result = validateCase(request.context.ksnavCase);
    if (!result.ok) throw new FhirMappingError(prefixed(result.errors, 'context.ksnavCase.'));
    return result.value;
  }
  const prefetch = isObject(request.prefetch) ? request.prefetch : {};
  if (!('intake' in prefetch)) {
    refuse('prefetch.intake', 'is missing: send the intake as prefetch.intake (a QuestionnaireResponse) or as context.ksnavCase (a case)');
  }
  const qr = intakeResponse(prefetch.intake);
  if (qr === null) return null;
  try {
    return caseFromQuestionnaireResponse(qr);
  } catch (error) {
    if (error instanceof FhirMappingError) throw new FhirMappingError(prefixed(error.errors, 'prefetch.intake.'));
    throw error;
  }
}

/** The QuestionnaireResponse itself, the first one of a search Bundle, or null for none. */
function intakeResponse(intake: unknown): unknown {
  if (intake === null) return null;
  if (!isObject(intake)) refuse('prefetch.intake', 'must be a QuestionnaireResponse or a Bundle of them');
  if (intake.resourceType !== 'Bundle') return intake;
  if (intake.entry === undefined) return null;
  if (!Array.isArray(intake.entry)) refuse('prefetch.intake.entry', 'must be an array');
  const found = (intake.entry as unknown[]).find((e) => isObject(e) && isObject(e.resource) && e.resource.resourceType === 'QuestionnaireResponse');
  return found ? ((found as Json).resource as fhir4.QuestionnaireResponse) : null;
}

export function indicatorFor(level: TriageLevel): CdsIndicator {
  if (isEmergencyLevel(level)) return 'critical';
  return level === 'consultation_24' ? 'warning' : 'info';
}

/** Cut on a word boundary with an ellipsis, within `max` characters. */
export function fitSummary(text: string, max = SUMMARY_MAX): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,:;.]+$/, '')}…`;
}

function card(a: Assessment, options: CdsCardsOptions): CdsCard {
  const top = a.redFlags[0];
  const summary = fitSummary(top ? `${a.triage.title}: ${top.title}` : a.triage.title);
  const out: CdsCard = { summary, detail: cardDetail(a), indicator: indicatorFor(a.triage.level), source: { label: CDS_SOURCE_LABEL } };
  if (options.appUrl) {
    const app = options.appUrl.replace(/\/+$/, '');
    out.source.url = `${app}/`;
    out.links = [{ label: 'Open Knee–Sciatica Navigator', url: `${app}/`, type: 'absolute' }];
    const pattern = a.patterns[0];
    if (pattern) {
      const [section, anchor] = PATTERNS[pattern.id].learn.split('#');
      out.links.push({ label: `Learn: ${pattern.title}`, url: `${app}/learn/${section ?? ''}${anchor ? `#${anchor}` : ''}`, type: 'absolute' });
    }
  }
  return out;
}
