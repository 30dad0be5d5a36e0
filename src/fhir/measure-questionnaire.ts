/**
 * Each validated measure as a FHIR R4 Questionnaire, built from its data in `knowledge/measures`:
 * the published wording, LOINC codes where LOINC has them (STarT Back items and panel, the 0-10
 * pain rating), the answers' scores as ordinalValue, the licence as `copyright`. The linkIds are
 * the answers file's keys (`q1`, `pain.knee`), so a QuestionnaireResponse maps to answers one to one.
 */
import type * as fhir4 from 'fhir/r4.js';
import {
  MEASURES, type AnswerOption, type Instrument, type LoincCode, type MeasureId, type NprsInstrument, type PsfsInstrument, type RolandMorrisInstrument,
  type StartBackInstrument,
} from '../knowledge/measures/index.js';
import { CODE_SYSTEMS, HL7, KSNAV_FHIR_BASE } from './canonical-urls.js';

/** Bumped whenever a measure Questionnaire changes shape; responses name the version they answer. */
export const MEASURE_QUESTIONNAIRE_VERSION = '1.0.0';

export const MEASURE_QUESTIONNAIRE_IDS: Readonly<Record<MeasureId, string>> = {
  'start-back': 'ksnav-start-back',
  'roland-morris': 'ksnav-roland-morris',
  psfs: 'ksnav-psfs',
  nprs: 'ksnav-nprs',
};

export const measureQuestionnaireUrl = (id: MeasureId): string => `${KSNAV_FHIR_BASE}/Questionnaire/${MEASURE_QUESTIONNAIRE_IDS[id]}`;

const NAMES: Readonly<Record<MeasureId, string>> = { 'start-back': 'KsnavStartBack', 'roland-morris': 'KsnavRolandMorris', psfs: 'KsnavPsfs', nprs: 'KsnavNprs' };

/** The display item opening every form: the published instructions. */
export const INSTRUCTIONS_LINK_ID = 'instructions';
/** PSFS: the repeating group of activities, and its two answers. */
export const PSFS_LINK_IDS = { activity: 'activity', name: 'activity.name', rating: 'activity.rating' } as const;

type Item = fhir4.QuestionnaireItem;

export const loincCoding = (l: LoincCode): fhir4.Coding => ({ system: HL7.loinc, code: l.code, display: l.display });

export const answerCoding = (o: AnswerOption): fhir4.Coding => ({ system: CODE_SYSTEMS.measureAnswer, code: o.code, display: o.display });

const integerBounds = (min: number, max: number): fhir4.Extension[] => [
  { url: HL7.minValue, valueInteger: min },
  { url: HL7.maxValue, valueInteger: max },
];

const instructions = (text: string): Item => ({ linkId: INSTRUCTIONS_LINK_ID, type: 'display', text });

/** The nine STarT Back items; `linkIdOf` names them where they sit inside another form (the intake). */
export function startBackItems(m: StartBackInstrument, linkIdOf: (itemId: string) => string = (id) => id): Item[] {
  return m.items.map((item) => ({
    linkId: linkIdOf(item.id),
    prefix: `${item.number}.`,
    text: item.text,
    type: 'choice',
    required: true,
    ...(item.loinc ? { code: [loincCoding(item.loinc)] } : {}),
    answerOption: item.options.map((o) => ({ valueCoding: answerCoding(o), extension: [{ url: HL7.ordinalValue, valueDecimal: o.score }] })),
  }));
}

function rolandMorrisItems(m: RolandMorrisInstrument): Item[] {
  // A tick box per statement: true when it describes the person today; unticked (false or no answer) when not.
  return m.items.map((item) => ({ linkId: item.id, prefix: `${item.number}.`, text: item.text, type: 'boolean' }));
}

function psfsItems(m: PsfsInstrument): Item[] {
  return [{
    linkId: PSFS_LINK_IDS.activity,
    type: 'group',
    text: 'Activity',
    required: true,
    repeats: true,
    extension: [{ url: HL7.minOccurs, valueInteger: m.minActivities }, { url: HL7.maxOccurs, valueInteger: m.maxActivities }],
    item: [
      { linkId: PSFS_LINK_IDS.name, type: 'string', text: 'Activity', required: true, maxLength: m.maxNameLength },
      {
        linkId: PSFS_LINK_IDS.rating,
        type: 'integer',
        text: `Patient-specific activity scoring scheme: 0 ${m.ratingAnchors[0]}, 10 ${m.ratingAnchors[10]}`,
        required: true,
        extension: integerBounds(0, 10),
      },
    ],
  }];
}

function nprsItems(m: NprsInstrument): Item[] {
  return m.items.map((item) => ({
    linkId: item.id,
    text: item.text,
    type: 'integer',
    ...(item.loinc ? { code: [loincCoding(item.loinc)] } : {}),
    extension: integerBounds(0, 10),
  }));
}

function itemsOf(m: Instrument): Item[] {
  switch (m.id) {
    case 'start-back':
      return startBackItems(m);
    case 'roland-morris':
      return rolandMorrisItems(m);
    case 'psfs':
      return psfsItems(m);
    case 'nprs':
      return nprsItems(m);
  }
}

/** The measure's Questionnaire; a fresh object each call, so callers may change theirs freely. */
export function measureQuestionnaire(id: MeasureId): fhir4.Questionnaire {
  const m: Instrument = MEASURES[id];
  const q: fhir4.Questionnaire = {
    resourceType: 'Questionnaire',
    id: MEASURE_QUESTIONNAIRE_IDS[id],
    url: measureQuestionnaireUrl(id),
    version: MEASURE_QUESTIONNAIRE_VERSION,
    name: NAMES[id],
    title: m.title,
    status: 'active',
    subjectType: ['Patient'],
    publisher: 'Knee–Sciatica Navigator',
    description: `${m.purpose} Scoring: ${m.scoring} Missing answers: ${m.missingItems}`,
    copyright: `${m.licence.attribution} ${m.licence.terms}`,
    item: [instructions(m.instructions), ...itemsOf(m)],
  };
  if (m.loinc) q.code = [loincCoding(m.loinc)];
  return q;
}
