/**
 * A completed measure as a QuestionnaireResponse to its Questionnaire, and back. Reading is
 * strict, as for the intake: an unknown linkId, a repeated item, a second answer or an answer of
 * the wrong type is refused naming the linkId; then the answers are checked by the measure's own
 * rules (all nine STarT Back items, ratings 0-10...), with errors naming linkIds too.
 */
import type * as fhir4 from 'fhir/r4.js';
import type { FieldError } from '../engine/validate.js';
import { MEASURES, type MeasureId } from '../knowledge/measures/index.js';
import { MeasureAnswerError } from '../measures/answer-error.js';
import { parseMeasureAnswers } from '../measures/score.js';
import type { MeasureAnswers, NprsAnswers, PsfsAnswers, RolandMorrisAnswers, StartBackAnswers } from '../schemas/measures.js';
import { CODE_SYSTEMS } from './canonical-urls.js';
import { FhirMappingError, refuse } from './mapping-error.js';
import { answerCoding, INSTRUCTIONS_LINK_ID, MEASURE_QUESTIONNAIRE_VERSION, measureQuestionnaireUrl, PSFS_LINK_IDS } from './measure-questionnaire.js';

export interface MeasureResponseOptions {
  /** Resource id; none by default. */
  id?: string;
  /** When the answers were given (FHIR dateTime); none by default: no clock in here. */
  authored?: string;
  subject?: fhir4.Reference;
}

type Item = fhir4.QuestionnaireResponseItem;
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

// ---------------------------------------------------------------------------------------------
// Answers to a QuestionnaireResponse

function startBackItems(a: StartBackAnswers): Item[] {
  return MEASURES['start-back'].items.map((item) => {
    const option = item.options.find((o) => o.code === a[item.id as keyof StartBackAnswers]);
    if (!option) throw new Error(`STarT Back answers must be checked first (${item.id})`);
    return { linkId: item.id, text: item.text, answer: [{ valueCoding: answerCoding(option) }] };
  });
}

function rolandMorrisItems(a: RolandMorrisAnswers): Item[] {
  const ticked = new Set(a.ticked);
  return MEASURES['roland-morris'].items.map((item) => ({ linkId: item.id, text: item.text, answer: [{ valueBoolean: ticked.has(item.number) }] }));
}

function psfsItems(a: PsfsAnswers): Item[] {
  return a.activities.map((activity) => ({
    linkId: PSFS_LINK_IDS.activity,
    item: [
      { linkId: PSFS_LINK_IDS.name, answer: [{ valueString: activity.name }] },
      { linkId: PSFS_LINK_IDS.rating, answer: [{ valueInteger: activity.rating }] },
    ],
  }));
}

function nprsItems(a: NprsAnswers): Item[] {
  return MEASURES.nprs.items.flatMap((item) => {
    const value = a[item.site];
    return value === undefined ? [] : [{ linkId: item.id, text: item.text, answer: [{ valueInteger: value }] }];
  });
}

/** Checked answers as a QuestionnaireResponse (status completed). Throws MeasureAnswerError for answers that do not check. */
export function measureResponse<K extends MeasureId>(instrument: K, answers: MeasureAnswers[K], options: MeasureResponseOptions = {}): fhir4.QuestionnaireResponse {
  const a = parseMeasureAnswers(instrument, answers) as MeasureAnswers[MeasureId];
  const qr: fhir4.QuestionnaireResponse = { resourceType: 'QuestionnaireResponse', status: 'completed' };
  if (options.id !== undefined) qr.id = options.id;
  qr.questionnaire = `${measureQuestionnaireUrl(instrument)}|${MEASURE_QUESTIONNAIRE_VERSION}`;
  if (options.subject) qr.subject = options.subject;
  if (options.authored !== undefined) qr.authored = options.authored;
  switch (instrument) {
    case 'start-back': qr.item = startBackItems(a as StartBackAnswers); break;
    case 'roland-morris': qr.item = rolandMorrisItems(a as RolandMorrisAnswers); break;
    case 'psfs': qr.item = psfsItems(a as PsfsAnswers); break;
    case 'nprs': qr.item = nprsItems(a as NprsAnswers); break;
  }
  return qr;
}

// ---------------------------------------------------------------------------------------------
// A QuestionnaireResponse back to answers

const SCOREABLE_STATUSES = ['completed', 'amended'];
const ALL_STATUSES = ['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped'];
const VALUE_KEY = /^value[A-Z]/;

function checkResource(qr: unknown, instrument: MeasureId): Json {
  if (!isObject(qr)) refuse('QuestionnaireResponse', 'must be a JSON object');
  if (qr.resourceType !== 'QuestionnaireResponse') refuse('resourceType', 'must be QuestionnaireResponse');
  if (typeof qr.status !== 'string' || !ALL_STATUSES.includes(qr.status)) refuse('status', `must be one of ${ALL_STATUSES.join(', ')}`);
  if (!SCOREABLE_STATUSES.includes(qr.status)) refuse('status', `is ${qr.status}: only a completed or amended response is scored`);
  const url = measureQuestionnaireUrl(instrument);
  if (qr.questionnaire !== undefined && (typeof qr.questionnaire !== 'string' || (qr.questionnaire !== url && !qr.questionnaire.startsWith(`${url}|`)))) {
    refuse('questionnaire', `must be ${url} (optionally |version): this is the ${MEASURES[instrument].title}`);
  }
  return qr;
}

/** The items of a list, each with its linkId; a linkId not in `known` is refused, as is a repeat unless allowed. */
function itemsOf(list: unknown, where: string, known: readonly string[], repeats: readonly string[] = []): { linkId: string; item: Json }[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) refuse(where, 'must be an array of items');
  const seen = new Set<string>();
  return list.map((item: unknown, i) => {
    if (!isObject(item) || typeof item.linkId !== 'string') refuse(`${where}[${i}]`, 'must be an item with a linkId');
    const { linkId } = item;
    if (!known.includes(linkId)) refuse(linkId, `is not an item of this Questionnaire (${where})`);
    if (seen.has(linkId) && !repeats.includes(linkId)) refuse(linkId, 'is answered twice: give each item once');
    seen.add(linkId);
    return { linkId, item };
  });
}

/** The item's one answer value of the given type; undefined when it has no answer. */
function onlyAnswer(item: Json, linkId: string, key: 'valueCoding' | 'valueBoolean' | 'valueInteger' | 'valueString'): unknown {
  if (item.answer === undefined) return undefined;
  if (!Array.isArray(item.answer)) refuse(linkId, 'answer must be an array');
  if (item.answer.length === 0) return undefined;
  if (item.answer.length > 1) refuse(linkId, 'has more than one answer: it takes one');
  const answer: unknown = item.answer[0];
  if (!isObject(answer)) refuse(linkId, 'answer must be an object');
  const keys = Object.keys(answer).filter((k) => VALUE_KEY.test(k));
  if (keys.length !== 1 || keys[0] !== key) refuse(linkId, `must be answered with ${key}`);
  return answer[key];
}

function startBackAnswers(qr: Json): unknown {
  const m = MEASURES['start-back'];
  const answers: Json = {};
  for (const { linkId, item } of itemsOf(qr.item, 'item', [INSTRUCTIONS_LINK_ID, ...m.items.map((i) => i.id)])) {
    if (linkId === INSTRUCTIONS_LINK_ID) continue;
    const coding = onlyAnswer(item, linkId, 'valueCoding');
    if (coding === undefined) continue;
    if (!isObject(coding) || typeof coding.code !== 'string') refuse(linkId, 'valueCoding needs a code');
    if (coding.system !== undefined && coding.system !== CODE_SYSTEMS.measureAnswer) refuse(linkId, `valueCoding.system must be ${CODE_SYSTEMS.measureAnswer}`);
    answers[linkId] = coding.code;
  }
  return answers;
}

function rolandMorrisAnswers(qr: Json): unknown {
  const m = MEASURES['roland-morris'];
  const ticked: number[] = [];
  for (const { linkId, item } of itemsOf(qr.item, 'item', [INSTRUCTIONS_LINK_ID, ...m.items.map((i) => i.id)])) {
    if (linkId === INSTRUCTIONS_LINK_ID) continue;
    const value = onlyAnswer(item, linkId, 'valueBoolean');
    if (value !== undefined && typeof value !== 'boolean') refuse(linkId, 'valueBoolean must be true or false');
    const number = m.items.find((i) => i.id === linkId)?.number;
    if (value === true && number !== undefined) ticked.push(number);
  }
  return { ticked };
}

function psfsAnswers(qr: Json): unknown {
  const activities = itemsOf(qr.item, 'item', [INSTRUCTIONS_LINK_ID, PSFS_LINK_IDS.activity], [PSFS_LINK_IDS.activity])
    .filter((e) => e.linkId === PSFS_LINK_IDS.activity)
    .map(({ item }, n) => {
      const activity: Json = {};
      for (const child of itemsOf(item.item, `${PSFS_LINK_IDS.activity}[${n}].item`, [PSFS_LINK_IDS.name, PSFS_LINK_IDS.rating])) {
        if (child.linkId === PSFS_LINK_IDS.name) activity.name = onlyAnswer(child.item, child.linkId, 'valueString');
        else activity.rating = onlyAnswer(child.item, child.linkId, 'valueInteger');
      }
      return activity;
    });
  return { activities };
}

function nprsAnswers(qr: Json): unknown {
  const m = MEASURES.nprs;
  const answers: Json = {};
  for (const { linkId, item } of itemsOf(qr.item, 'item', [INSTRUCTIONS_LINK_ID, ...m.items.map((i) => i.id)])) {
    if (linkId === INSTRUCTIONS_LINK_ID) continue;
    const value = onlyAnswer(item, linkId, 'valueInteger');
    const site = m.items.find((i) => i.id === linkId)?.site;
    if (value !== undefined && site) answers[site] = value;
  }
  return answers;
}

/** An answers-file field (`activities[1].rating`, `knee`, `ticked[0]`) as the linkId it came from. */
function toLinkId(instrument: MeasureId, e: FieldError): FieldError {
  if (e.field === 'answers') return { field: 'item', message: e.message };
  switch (instrument) {
    case 'psfs': {
      const m = /^activities\[(\d+)\]\.(name|rating)$/.exec(e.field);
      if (m) return { field: m[2] === 'name' ? PSFS_LINK_IDS.name : PSFS_LINK_IDS.rating, message: `(activity ${Number(m[1]) + 1}) ${e.message}` };
      return e.field === 'activities' ? { field: PSFS_LINK_IDS.activity, message: e.message } : e;
    }
    case 'nprs':
      return MEASURES.nprs.items.some((i) => i.site === e.field) ? { field: `pain.${e.field}`, message: e.message } : e;
    default:
      return e;
  }
}

const READERS: Readonly<Record<MeasureId, (qr: Json) => unknown>> = {
  'start-back': startBackAnswers,
  'roland-morris': rolandMorrisAnswers,
  psfs: psfsAnswers,
  nprs: nprsAnswers,
};

/** `qr` comes from outside: every part is checked at run time. Throws FhirMappingError naming the linkId. */
export function measureAnswersFromResponse<K extends MeasureId>(instrument: K, qr: fhir4.QuestionnaireResponse | unknown): MeasureAnswers[K] {
  const resource = checkResource(qr, instrument);
  const answers = READERS[instrument](resource);
  try {
    return parseMeasureAnswers(instrument, answers);
  } catch (error) {
    if (error instanceof MeasureAnswerError) throw new FhirMappingError(error.errors.map((e) => toLinkId(instrument, e)));
    throw error;
  }
}
