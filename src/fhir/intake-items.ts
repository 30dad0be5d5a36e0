/**
 * What each linkId of the intake Questionnaire is, read from the Questionnaire itself so the two
 * can never disagree: its item type, its choice codes, and the case field its answer fills.
 */
import type * as fhir4 from 'fhir/r4.js';
import { isEvidenceId, type EvidenceId } from '../knowledge/evidence.js';
import type { PainSite } from '../schemas/case.js';
import { START_BACK_ITEM_IDS, type StartBackAnswers } from '../schemas/measures.js';
import { intakeQuestionnaire, PAIN_LINK_IDS, SIDE_LINK_IDS, startBackLinkId } from './questionnaire.js';

/** Where an answer goes in the case. */
export type CaseTarget =
  | { kind: 'field'; field: 'age' | 'sex' | 'durationDays' | 'course' }
  | { kind: 'pain'; site: PainSite }
  | { kind: 'side'; site: 'knee' | 'leg' }
  | { kind: 'evidence'; id: EvidenceId }
  | { kind: 'startBack'; item: keyof StartBackAnswers };

/** An item that is asked: its answer fills `target`. */
export type QuestionItem =
  | { linkId: string; type: 'integer'; target: CaseTarget }
  | { linkId: string; type: 'boolean'; target: CaseTarget }
  | { linkId: string; type: 'choice'; target: CaseTarget; system: string; codes: readonly string[] };

export type IntakeItem = { linkId: string; type: 'group' } | { linkId: string; type: 'display' } | QuestionItem;

const START_BACK_BY_LINK_ID = new Map<string, keyof StartBackAnswers>(START_BACK_ITEM_IDS.map((id) => [startBackLinkId(id), id]));

const PAIN_SITE_BY_LINK_ID = new Map<string, PainSite>(Object.entries(PAIN_LINK_IDS).map(([site, linkId]) => [linkId, site as PainSite]));

function targetOf(linkId: string): CaseTarget {
  if (linkId === 'age' || linkId === 'sex' || linkId === 'durationDays' || linkId === 'course') return { kind: 'field', field: linkId };
  if (linkId === SIDE_LINK_IDS.knee) return { kind: 'side', site: 'knee' };
  if (linkId === SIDE_LINK_IDS.leg) return { kind: 'side', site: 'leg' };
  const site = PAIN_SITE_BY_LINK_ID.get(linkId);
  if (site) return { kind: 'pain', site };
  if (isEvidenceId(linkId)) return { kind: 'evidence', id: linkId };
  const item = START_BACK_BY_LINK_ID.get(linkId);
  if (item) return { kind: 'startBack', item };
  throw new Error(`intake item ${linkId} maps to no case field`);
}

function describe(item: fhir4.QuestionnaireItem): IntakeItem {
  const { linkId, type } = item;
  if (type === 'group' || type === 'display') return { linkId, type };
  if (type === 'integer' || type === 'boolean') return { linkId, type, target: targetOf(linkId) };
  if (type === 'choice') {
    const codings = (item.answerOption ?? []).map((o) => o.valueCoding);
    const system = codings[0]?.system;
    const codes = codings.map((c) => c?.code);
    if (!system || codes.some((c) => c === undefined)) throw new Error(`choice item ${linkId} needs coded answer options`);
    return { linkId, type, target: targetOf(linkId), system, codes: codes as string[] };
  }
  throw new Error(`intake item ${linkId} has a type (${type}) the mapping does not handle`);
}

function collect(items: readonly fhir4.QuestionnaireItem[], into: Map<string, IntakeItem>): Map<string, IntakeItem> {
  for (const item of items) {
    into.set(item.linkId, describe(item));
    if (item.item) collect(item.item, into);
  }
  return into;
}

/** Every linkId of the intake Questionnaire, in its order. */
export const INTAKE_ITEMS: ReadonlyMap<string, IntakeItem> = collect(intakeQuestionnaire().item ?? [], new Map());
