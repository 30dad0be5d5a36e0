/**
 * The ksnav intake as a FHIR R4 Questionnaire: the context questions (age, sex, duration,
 * course, pain 0-10 at three sites) and one yes/no item per evidence id, grouped by evidence
 * group. The linkIds are the case's own field names (`age`, `pain.knee`) and evidence ids
 * (`saddle_numbness`), so a QuestionnaireResponse maps to a case one item to one field.
 */
import type * as fhir4 from 'fhir/r4.js';
import { ENGINE_VERSION } from '../engine/assess.js';
import { EVIDENCE, EVIDENCE_GROUPS, type EvidenceGroup, type EvidenceItem } from '../knowledge/evidence.js';
import { CONTEXT_QUESTIONS } from '../knowledge/interview-plan.js';
import { START_BACK } from '../knowledge/measures/index.js';
import { COURSES, PAIN_SITES, SEXES, SIDED_SITES, SIDES, type Course, type PainSite, type Side, type Sex } from '../schemas/case.js';
import { CODE_SYSTEMS, EXTENSIONS, HL7, INTAKE_QUESTIONNAIRE_ID, INTAKE_QUESTIONNAIRE_URL } from './canonical-urls.js';
import { startBackItems } from './measure-questionnaire.js';

/** Group linkIds: the context group, the pain group, then one per evidence group. */
export const ABOUT_GROUP = 'about';
export const PAIN_GROUP = 'pain';
export const evidenceGroupLinkId = (group: EvidenceGroup): string => `evidence.${group}`;
/** The display item under each evidence question that carries its help text. */
export const helpLinkId = (linkId: string): string => `${linkId}.help`;

/** The optional STarT Back group (the case's `startBack`): `start-back.q1` ... `start-back.q9`. */
export const START_BACK_GROUP = 'start-back';
export const startBackLinkId = (itemId: string): string => `${START_BACK_GROUP}.${itemId}`;

export const PAIN_LINK_IDS = { knee: 'pain.knee', leg: 'pain.leg', back: 'pain.back' } as const satisfies Record<PainSite, string>;

export const SEX_DISPLAY: Readonly<Record<Sex, string>> = { female: 'Female', male: 'Male', other: 'Other' };
export const COURSE_DISPLAY: Readonly<Record<Course, string>> = { improving: 'Getting better', stable: 'About the same', worsening: 'Getting worse' };
export const SIDE_DISPLAY: Readonly<Record<Side, string>> = { left: 'Left', right: 'Right', both: 'Both' };
/** The side items: which knee, and which leg (buttock, hip, thigh, calf, foot). */
export const SIDE_LINK_IDS = { knee: 'side.knee', leg: 'side.leg' } as const satisfies Record<(typeof SIDED_SITES)[number], string>;
const SIDE_TEXT = { knee: 'Which knee hurts?', leg: 'Which leg hurts (buttock, hip, thigh, calf or foot)?' } as const;

/** Upper bound of `durationDays` in CaseSchema: 100 years. */
const MAX_DURATION_DAYS = 36500;

type Item = fhir4.QuestionnaireItem;

const integerBounds = (min: number, max: number): fhir4.Extension[] => [
  { url: HL7.minValue, valueInteger: min },
  { url: HL7.maxValue, valueInteger: max },
];

const helpItem = (linkId: string, text: string): Item => ({
  linkId: helpLinkId(linkId),
  type: 'display',
  text,
  extension: [{ url: HL7.itemControl, valueCodeableConcept: { coding: [{ system: HL7.itemControlSystem, code: 'help', display: 'Help-Button' }] } }],
});

function aboutGroup(): Item {
  const days: fhir4.Extension = { url: HL7.questionnaireUnit, valueCoding: { system: HL7.ucum, code: 'd', display: 'days' } };
  return {
    linkId: ABOUT_GROUP,
    type: 'group',
    text: 'About you and the pain',
    item: [
      { linkId: 'age', type: 'integer', text: CONTEXT_QUESTIONS.age.text, required: true, extension: integerBounds(0, 120), item: [helpItem('age', CONTEXT_QUESTIONS.age.help)] },
      {
        linkId: 'sex', type: 'choice', text: CONTEXT_QUESTIONS.sex.text,
        answerOption: SEXES.map((s) => ({ valueCoding: { system: HL7.administrativeGender, code: s, display: SEX_DISPLAY[s] } })),
        item: [helpItem('sex', CONTEXT_QUESTIONS.sex.help)],
      },
      {
        linkId: 'durationDays', type: 'integer', text: CONTEXT_QUESTIONS.durationDays.text,
        extension: [...integerBounds(0, MAX_DURATION_DAYS), days], item: [helpItem('durationDays', CONTEXT_QUESTIONS.durationDays.help)],
      },
      {
        linkId: 'course', type: 'choice', text: CONTEXT_QUESTIONS.course.text,
        answerOption: COURSES.map((c) => ({ valueCoding: { system: CODE_SYSTEMS.course, code: c, display: COURSE_DISPLAY[c] } })),
        item: [helpItem('course', CONTEXT_QUESTIONS.course.help)],
      },
      ...SIDED_SITES.map((site): Item => ({
        linkId: SIDE_LINK_IDS[site], type: 'choice', text: SIDE_TEXT[site],
        answerOption: SIDES.map((x) => ({ valueCoding: { system: CODE_SYSTEMS.side, code: x, display: SIDE_DISPLAY[x] } })),
      })),
    ],
  };
}

function painGroup(): Item {
  return {
    linkId: PAIN_GROUP,
    type: 'group',
    text: 'Pain, 0 (none) to 10 (worst imaginable), at its worst in the last 24 hours',
    item: PAIN_SITES.map((site) => {
      const linkId = PAIN_LINK_IDS[site];
      const words = CONTEXT_QUESTIONS[linkId];
      return { linkId, type: 'integer', text: words.text, extension: integerBounds(0, 10), item: [helpItem(linkId, words.help)] } satisfies Item;
    }),
  };
}

function evidenceItem(e: EvidenceItem): Item {
  const extension: fhir4.Extension[] = [];
  if (e.redFlag) extension.push({ url: EXTENSIONS.redFlagQuestion, valueBoolean: true });
  if (e.answerType === 'clinician') extension.push({ url: EXTENSIONS.clinicianFinding, valueBoolean: true });
  const item: Item = {
    linkId: e.id,
    type: 'boolean',
    text: e.question,
    code: [{ system: CODE_SYSTEMS.evidence, code: e.id, display: e.meaning }],
    item: [helpItem(e.id, e.help)],
  };
  return extension.length > 0 ? { ...item, extension } : item;
}

function evidenceGroups(): Item[] {
  return (Object.keys(EVIDENCE_GROUPS) as EvidenceGroup[]).map((group) => ({
    linkId: evidenceGroupLinkId(group),
    type: 'group',
    text: EVIDENCE_GROUPS[group].title,
    item: EVIDENCE.filter((e) => e.group === group).map(evidenceItem),
  }));
}

/** Keele's nine questions, word for word, with their instructions: all nine or none (the risk groups need every answer). */
function startBackGroup(): Item {
  return {
    linkId: START_BACK_GROUP,
    type: 'group',
    text: 'Optional, for back pain with or without sciatica: the Keele STarT Back questions, to match the care to the risk',
    code: START_BACK.loinc ? [{ system: HL7.loinc, code: START_BACK.loinc.code, display: START_BACK.loinc.display }] : [],
    item: [
      { linkId: startBackLinkId('instructions'), type: 'display', text: START_BACK.instructions },
      ...startBackItems(START_BACK, startBackLinkId),
    ],
  };
}

/** The intake Questionnaire; a fresh object each call, so callers may change theirs freely. */
export function intakeQuestionnaire(): fhir4.Questionnaire {
  return {
    resourceType: 'Questionnaire',
    id: INTAKE_QUESTIONNAIRE_ID,
    url: INTAKE_QUESTIONNAIRE_URL,
    version: ENGINE_VERSION,
    name: 'KsnavIntake',
    title: 'Knee–Sciatica Navigator intake',
    status: 'active',
    subjectType: ['Patient'],
    publisher: 'Knee–Sciatica Navigator',
    description:
      'Knee, leg and back pain intake. Each yes/no item is an evidence id of the ksnav contract: true = present, false = asked and absent, '
      + 'no answer = not asked. Items marked with the red-flag-question extension screen for red flags. The assessment it feeds '
      + 'describes what the answers are consistent with; it is not a diagnosis.',
    copyright: `The STarT Back items: ${START_BACK.licence.attribution} ${START_BACK.licence.terms}`,
    item: [aboutGroup(), painGroup(), ...evidenceGroups(), startBackGroup()],
  };
}
