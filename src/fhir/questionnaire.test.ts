import { describe, expect, it } from 'vitest';
import type * as fhir4 from 'fhir/r4.js';
import { ENGINE_VERSION } from '../engine/assess.js';
import { EVIDENCE, EVIDENCE_GROUPS } from '../knowledge/evidence.js';
import { COURSES, SEXES } from '../schemas/case.js';
import { EXTENSIONS, HL7, INTAKE_QUESTIONNAIRE_URL } from './canonical-urls.js';
import { INTAKE_ITEMS } from './intake-items.js';
import { intakeQuestionnaire } from './questionnaire.js';
import { r4Problems } from './__fixtures__/r4-structure.js';

const q = intakeQuestionnaire();

function flatten(items: readonly fhir4.QuestionnaireItem[], parent: string | null = null): { item: fhir4.QuestionnaireItem; parent: string | null }[] {
  return items.flatMap((item) => [{ item, parent }, ...flatten(item.item ?? [], item.linkId)]);
}
const all = flatten(q.item ?? []);
const byLinkId = new Map(all.map((e) => [e.item.linkId, e]));
const hasExtension = (item: fhir4.QuestionnaireItem, url: string) => (item.extension ?? []).some((e) => e.url === url && e.valueBoolean === true);

describe('intake Questionnaire', () => {
  it('is a structurally valid R4 Questionnaire with its canonical url and the engine version', () => {
    expect(r4Problems(q)).toEqual([]);
    expect(q).toMatchObject({ resourceType: 'Questionnaire', status: 'active', url: INTAKE_QUESTIONNAIRE_URL, version: ENGINE_VERSION });
  });

  it('asks age, sex, duration and course, and pain at three sites from 0 to 10', () => {
    expect(byLinkId.get('age')?.item).toMatchObject({ type: 'integer', required: true });
    expect(byLinkId.get('durationDays')?.item.type).toBe('integer');
    for (const site of ['pain.knee', 'pain.leg', 'pain.back']) {
      const item = byLinkId.get(site)?.item;
      expect(item?.type).toBe('integer');
      expect(item?.extension).toEqual(expect.arrayContaining([{ url: HL7.minValue, valueInteger: 0 }, { url: HL7.maxValue, valueInteger: 10 }]));
    }
    expect(byLinkId.get('sex')?.item.answerOption?.map((o) => o.valueCoding?.code)).toEqual([...SEXES]);
    expect(byLinkId.get('sex')?.item.answerOption?.every((o) => o.valueCoding?.system === HL7.administrativeGender)).toBe(true);
    expect(byLinkId.get('course')?.item.answerOption?.map((o) => o.valueCoding?.code)).toEqual([...COURSES]);
  });

  it('has one boolean item per evidence id, with its question, its help as a display child, in its group', () => {
    for (const e of EVIDENCE) {
      const found = byLinkId.get(e.id);
      expect(found?.item, e.id).toMatchObject({ type: 'boolean', text: e.question });
      expect(found?.parent).toBe(`evidence.${e.group}`);
      expect(found?.item.item).toEqual([expect.objectContaining({ linkId: `${e.id}.help`, type: 'display', text: e.help })]);
      expect(found?.item.code?.[0]?.code).toBe(e.id);
    }
    const groups = (q.item ?? []).filter((i) => i.linkId.startsWith('evidence.'));
    expect(groups.map((g) => g.text)).toEqual(Object.values(EVIDENCE_GROUPS).map((g) => g.title));
    expect(all.filter((e) => e.item.type === 'boolean')).toHaveLength(EVIDENCE.length);
  });

  it('marks exactly the red-flag questions, and the clinician-only findings', () => {
    for (const e of EVIDENCE) {
      const item = byLinkId.get(e.id)?.item;
      if (!item) throw new Error(`no item ${e.id}`);
      expect(hasExtension(item, EXTENSIONS.redFlagQuestion), e.id).toBe(e.redFlag);
      expect(hasExtension(item, EXTENSIONS.clinicianFinding), e.id).toBe(e.answerType === 'clinician');
    }
    expect(EVIDENCE.some((e) => e.redFlag) && EVIDENCE.some((e) => !e.redFlag)).toBe(true);
  });

  it('gives each call its own copy, so a caller changing one cannot change the next', () => {
    const mine = intakeQuestionnaire();
    mine.item?.pop();
    expect(intakeQuestionnaire()).toEqual(q);
  });

  it('is what the mapping reads: every linkId of the Questionnaire is known to INTAKE_ITEMS, and only those', () => {
    expect([...INTAKE_ITEMS.keys()]).toEqual(all.map((e) => e.item.linkId));
  });
});
