/**
 * A QuestionnaireResponse to the intake Questionnaire, back to a case. Strict: an unknown
 * linkId, a second answer, or an answer of the wrong type is refused with an error naming the
 * linkId, and the case is then validated as the API would (age 0-120, pain 0-10...), with
 * errors naming linkIds too. Items without an answer are "not asked", as in the contract.
 */
import type * as fhir4 from 'fhir/r4.js';
import { validateCase, type FieldError } from '../engine/validate.js';
import type { Case, Evidence, Pain } from '../schemas/case.js';
import { START_BACK_GROUP, startBackLinkId } from './questionnaire.js';
import { CASE_ID_SYSTEM, INTAKE_QUESTIONNAIRE_URL } from './canonical-urls.js';
import { INTAKE_ITEMS, type CaseTarget, type QuestionItem } from './intake-items.js';
import { FhirMappingError, refuse } from './mapping-error.js';

/** Answers worth assessing: a response being filled in still says what it says so far. */
const ASSESSABLE_STATUSES = ['completed', 'amended', 'in-progress'];
const ALL_STATUSES = [...ASSESSABLE_STATUSES, 'entered-in-error', 'stopped'];

const VALUE_KEYS = [
  'valueBoolean', 'valueDecimal', 'valueInteger', 'valueDate', 'valueDateTime', 'valueTime', 'valueString',
  'valueUri', 'valueAttachment', 'valueCoding', 'valueQuantity', 'valueReference',
] as const;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Draft {
  c: Json;
  pain: Pain;
  side: Json;
  evidence: Evidence;
  startBack: Json;
  seen: Set<string>;
}

/** `qr` is a fhir4.QuestionnaireResponse from outside: every part is checked at run time. */
export function caseFromQuestionnaireResponse(qr: fhir4.QuestionnaireResponse | unknown): Case {
  if (!isObject(qr)) refuse('QuestionnaireResponse', 'must be a JSON object');
  if (qr.resourceType !== 'QuestionnaireResponse') refuse('resourceType', 'must be QuestionnaireResponse');
  checkStatus(qr.status);
  checkQuestionnaire(qr.questionnaire);

  const draft: Draft = { c: {}, pain: {}, side: {}, evidence: {}, startBack: {}, seen: new Set() };
  const id = caseId(qr.identifier);
  if (id !== undefined) draft.c.id = id;
  if (qr.item !== undefined) readItems(qr.item, 'item', draft);
  if (Object.keys(draft.pain).length > 0) draft.c.pain = draft.pain;
  if (Object.keys(draft.side).length > 0) draft.c.side = draft.side;
  if (Object.keys(draft.evidence).length > 0) draft.c.evidence = draft.evidence;
  // Any STarT Back answer brings the group: the case then needs all nine, and names the first missing.
  if (Object.keys(draft.startBack).length > 0) draft.c.startBack = draft.startBack;

  const result = validateCase(draft.c);
  if (!result.ok) throw new FhirMappingError(result.errors.map(toLinkIdError));
  return result.value;
}

function checkStatus(status: unknown): void {
  if (typeof status !== 'string' || !ALL_STATUSES.includes(status)) refuse('status', `must be one of ${ALL_STATUSES.join(', ')}`);
  if (!ASSESSABLE_STATUSES.includes(status)) refuse('status', `is ${status}: only a completed, amended or in-progress response can be assessed`);
}

function checkQuestionnaire(questionnaire: unknown): void {
  if (questionnaire === undefined) return;
  if (typeof questionnaire !== 'string' || (questionnaire !== INTAKE_QUESTIONNAIRE_URL && !questionnaire.startsWith(`${INTAKE_QUESTIONNAIRE_URL}|`))) {
    refuse('questionnaire', `must be ${INTAKE_QUESTIONNAIRE_URL} (optionally |version): this service reads answers to its own intake only`);
  }
}

function caseId(identifier: unknown): string | undefined {
  if (identifier === undefined) return undefined;
  if (!isObject(identifier)) refuse('identifier', 'must be an Identifier object');
  if (identifier.system !== CASE_ID_SYSTEM) return undefined;
  if (typeof identifier.value !== 'string') refuse('identifier.value', 'must be a string (the case id)');
  return identifier.value;
}

function readItems(items: unknown, where: string, draft: Draft): void {
  if (!Array.isArray(items)) refuse(where, 'must be an array of items');
  for (const [i, item] of items.entries()) {
    if (!isObject(item) || typeof item.linkId !== 'string') refuse(`${where}[${i}]`, 'must be an item with a linkId');
    readItem(item, item.linkId, draft);
  }
}

function readItem(item: Json, linkId: string, draft: Draft): void {
  const info = INTAKE_ITEMS.get(linkId);
  if (!info) refuse(linkId, 'is not a linkId of the ksnav intake Questionnaire');
  if (draft.seen.has(linkId)) refuse(linkId, 'appears twice: answer each item once');
  draft.seen.add(linkId);

  const answers = item.answer;
  if (info.type === 'group' || info.type === 'display') {
    if (answers !== undefined) refuse(linkId, `is a ${info.type}, not a question: it takes no answer`);
  } else if (answers !== undefined) {
    if (!Array.isArray(answers)) refuse(linkId, 'answer must be an array');
    if (answers.length > 1) refuse(linkId, 'takes one answer, not several');
    const answer: unknown = answers[0];
    if (answer !== undefined) fill(draft, info.target, valueOf(answer, info));
  }
  if (item.item !== undefined) readItems(item.item, `${linkId}.item`, draft);
}

function valueOf(answer: unknown, info: QuestionItem): boolean | number | string {
  const { linkId } = info;
  if (!isObject(answer)) refuse(linkId, 'answer must be an object with one value[x]');
  if (answer.item !== undefined) refuse(linkId, 'has no follow-up items under its answer');
  const keys = VALUE_KEYS.filter((k) => answer[k] !== undefined);
  if (keys.length !== 1) refuse(linkId, 'answer must hold exactly one value[x]');
  const [key] = keys as [(typeof VALUE_KEYS)[number]];
  const value = answer[key];
  switch (info.type) {
    case 'boolean':
      if (key !== 'valueBoolean' || typeof value !== 'boolean') refuse(linkId, `is a yes/no question: answer it with valueBoolean true or false, not ${key}`);
      return value;
    case 'integer':
      // A whole number, as the Questionnaire asks; pain scores and durations may also come as
      // valueDecimal, because the case itself allows fractions (2.5 days).
      if (key === 'valueInteger' && Number.isInteger(value)) return value as number;
      if (key === 'valueDecimal' && typeof value === 'number' && Number.isFinite(value) && linkId !== 'age') return value;
      return refuse(linkId, `takes valueInteger, a whole number${key === 'valueInteger' ? '' : `, not ${key}`}`);
    case 'choice': {
      const codes = info.codes.join(', ');
      if (key !== 'valueCoding' || !isObject(value)) refuse(linkId, `takes valueCoding with one of ${codes}, not ${key}`);
      if (value.system !== undefined && value.system !== info.system) refuse(linkId, `valueCoding.system must be ${info.system}`);
      if (typeof value.code !== 'string' || !info.codes.includes(value.code)) refuse(linkId, `valueCoding.code must be one of ${codes}`);
      return value.code;
    }
  }
}

function fill(draft: Draft, target: CaseTarget, value: boolean | number | string): void {
  switch (target.kind) {
    case 'field':
      draft.c[target.field] = value;
      return;
    case 'pain':
      draft.pain[target.site] = value as number;
      return;
    case 'side':
      draft.side[target.site] = value;
      return;
    case 'evidence':
      draft.evidence[target.id] = value as boolean;
      return;
    case 'startBack':
      draft.startBack[target.item] = value;
  }
}

/** validateCase names case fields; answer with the linkIds the sender knows. */
function toLinkIdError(e: FieldError): FieldError {
  if (e.field.startsWith('evidence.')) return { field: e.field.slice('evidence.'.length), message: e.message };
  if (e.field.startsWith('startBack.')) return { field: startBackLinkId(e.field.slice('startBack.'.length)), message: e.message };
  if (e.field === 'startBack') return { field: START_BACK_GROUP, message: e.message };
  if (e.field === 'id') return { field: 'identifier.value', message: e.message };
  if (e.field === 'case') return { field: 'QuestionnaireResponse', message: e.message };
  return e;
}
