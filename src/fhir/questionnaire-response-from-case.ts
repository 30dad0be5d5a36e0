/**
 * A case as a QuestionnaireResponse to the intake Questionnaire: every answered field becomes an
 * answer under the same group as in the Questionnaire; unanswered ones are left out, exactly as
 * the contract's "missing = not asked". The case's own id travels as the response's identifier.
 */
import type * as fhir4 from 'fhir/r4.js';
import { ENGINE_VERSION } from '../engine/assess.js';
import type { Case } from '../schemas/case.js';
import { CASE_ID_SYSTEM, CODE_SYSTEMS, HL7, INTAKE_QUESTIONNAIRE_URL } from './canonical-urls.js';
import { COURSE_DISPLAY, intakeQuestionnaire, SEX_DISPLAY, SIDE_DISPLAY } from './questionnaire.js';
import { INTAKE_ITEMS, type CaseTarget } from './intake-items.js';
import { START_BACK } from '../knowledge/measures/index.js';
import { answerCoding } from './measure-questionnaire.js';

export interface QuestionnaireResponseOptions {
  /** Resource id; none by default. */
  id?: string;
  /** When the answers were given (FHIR dateTime); none by default: no clock in here. */
  authored?: string;
  subject?: fhir4.Reference;
}

type Answer = fhir4.QuestionnaireResponseItemAnswer;

/** Read only: the Questionnaire's item tree, to mirror. */
const QUESTIONNAIRE_ITEMS = intakeQuestionnaire().item ?? [];

/** A whole number is valueInteger, as the Questionnaire asks; a fraction (the API accepts 2.5) is kept as valueDecimal, never rounded. */
const numberAnswer = (n: number): Answer => (Number.isInteger(n) ? { valueInteger: n } : { valueDecimal: n });

function answerFor(c: Case, target: CaseTarget): Answer | undefined {
  switch (target.kind) {
    case 'pain': {
      const score = c.pain?.[target.site];
      return score === undefined ? undefined : numberAnswer(score);
    }
    case 'side': {
      const side = c.side?.[target.site];
      return side === undefined ? undefined : { valueCoding: { system: CODE_SYSTEMS.side, code: side, display: SIDE_DISPLAY[side] } };
    }
    case 'evidence': {
      const value = c.evidence?.[target.id];
      return value === undefined ? undefined : { valueBoolean: value };
    }
    case 'startBack': {
      const code = c.startBack?.[target.item];
      const option = START_BACK.items.find((i) => i.id === target.item)?.options.find((o) => o.code === code);
      return option === undefined ? undefined : { valueCoding: answerCoding(option) };
    }
    case 'field':
      switch (target.field) {
        case 'age':
          return { valueInteger: c.age };
        case 'durationDays':
          return c.durationDays === undefined ? undefined : numberAnswer(c.durationDays);
        case 'sex':
          return c.sex === undefined ? undefined : { valueCoding: { system: HL7.administrativeGender, code: c.sex, display: SEX_DISPLAY[c.sex] } };
        case 'course':
          return c.course === undefined ? undefined : { valueCoding: { system: CODE_SYSTEMS.course, code: c.course, display: COURSE_DISPLAY[c.course] } };
      }
  }
}

/** Mirrors the Questionnaire's items, keeping only those with an answer (and groups holding one). */
function answered(c: Case, items: readonly fhir4.QuestionnaireItem[]): fhir4.QuestionnaireResponseItem[] {
  const out: fhir4.QuestionnaireResponseItem[] = [];
  for (const q of items) {
    const info = INTAKE_ITEMS.get(q.linkId);
    if (!info || info.type === 'display') continue;
    if (info.type === 'group') {
      const children = answered(c, q.item ?? []);
      if (children.length > 0) out.push({ linkId: q.linkId, text: q.text, item: children });
      continue;
    }
    const answer = answerFor(c, info.target);
    if (answer) out.push({ linkId: q.linkId, text: q.text, answer: [answer] });
  }
  return out;
}

export function questionnaireResponseFromCase(c: Case, options: QuestionnaireResponseOptions = {}): fhir4.QuestionnaireResponse {
  const qr: fhir4.QuestionnaireResponse = { resourceType: 'QuestionnaireResponse', status: 'completed' };
  if (options.id !== undefined) qr.id = options.id;
  // FHIR has no empty strings: an empty case id is no id.
  if (c.id) qr.identifier = { system: CASE_ID_SYSTEM, value: c.id };
  qr.questionnaire = `${INTAKE_QUESTIONNAIRE_URL}|${ENGINE_VERSION}`;
  if (options.subject) qr.subject = options.subject;
  if (options.authored !== undefined) qr.authored = options.authored;
  qr.item = answered(c, QUESTIONNAIRE_ITEMS);
  return qr;
}
