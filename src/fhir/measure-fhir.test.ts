/**
 * The measures in FHIR: each Questionnaire carries the published words, LOINC codes and the
 * licence; answers go to a QuestionnaireResponse and back unchanged; a response that cannot be
 * scored is refused naming the linkId; the score Observation says what the scorer said.
 */
import fc from 'fast-check';
import type * as fhir4 from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { MEASURE_IDS, MEASURES, NPRS, PSFS, ROLAND_MORRIS, START_BACK, type MeasureId } from '../knowledge/measures/index.js';
import { scoreMeasure } from '../measures/score.js';
import { arbitraryNprs, arbitraryPsfs, arbitraryRolandMorris, arbitraryStartBack } from '../measures/__fixtures__/arbitrary-answers.js';
import { CODE_SYSTEMS, HL7 } from './canonical-urls.js';
import { FhirMappingError } from './mapping-error.js';
import { MEASURE_QUESTIONNAIRE_IDS, MEASURE_QUESTIONNAIRE_VERSION, measureQuestionnaire, measureQuestionnaireUrl } from './measure-questionnaire.js';
import { measureAnswersFromResponse, measureResponse } from './measure-response.js';
import { measureBundleEntries, measureObservation, measureToFhir } from './measure-observation.js';
import { MEASURE_EXAMPLES } from './__fixtures__/measure-examples.js';
import { r4ValidationIssues } from './__fixtures__/r4-validator.js';

const AT = '2026-02-03T08:15:00Z';
type QItem = fhir4.QuestionnaireItem;
const flat = (items: readonly QItem[] = []): QItem[] => items.flatMap((i) => [i, ...flat(i.item)]);
const byLinkId = (q: fhir4.Questionnaire, linkId: string) => flat(q.item).find((i) => i.linkId === linkId);

function refusal(instrument: MeasureId, qr: unknown): { field: string; message: string } {
  try {
    measureAnswersFromResponse(instrument, qr);
  } catch (error) {
    expect(error).toBeInstanceOf(FhirMappingError);
    return { field: (error as FhirMappingError).field, message: (error as FhirMappingError).errors[0]?.message ?? '' };
  }
  throw new Error('the response was accepted');
}

describe('measure Questionnaires', () => {
  it.each(MEASURE_IDS)('%s: canonical url, version, the published instructions and the licence', (id) => {
    const q = measureQuestionnaire(id);
    expect(q).toMatchObject({ resourceType: 'Questionnaire', id: MEASURE_QUESTIONNAIRE_IDS[id], url: measureQuestionnaireUrl(id), version: MEASURE_QUESTIONNAIRE_VERSION, status: 'active' });
    expect(q.item?.[0]).toEqual({ linkId: 'instructions', type: 'display', text: MEASURES[id].instructions });
    expect(q.copyright).toContain(MEASURES[id].licence.attribution);
    expect(measureQuestionnaire(id)).toEqual(q);
  });

  it('STarT Back: LOINC 91349-1 and each item\'s LOINC code, the published words, answers with their scores', () => {
    const q = measureQuestionnaire('start-back');
    expect(q.code).toEqual([{ system: HL7.loinc, code: '91349-1', display: 'STarT Back Screening Tool panel' }]);
    for (const item of START_BACK.items) {
      const qi = byLinkId(q, item.id);
      expect(qi).toMatchObject({ type: 'choice', required: true, text: item.text, prefix: `${item.number}.`, code: [{ system: HL7.loinc, code: item.loinc?.code }] });
      expect(qi?.answerOption?.map((o) => [o.valueCoding?.system, o.valueCoding?.code, o.valueCoding?.display, o.extension?.[0]?.valueDecimal]))
        .toEqual(item.options.map((o) => [CODE_SYSTEMS.measureAnswer, o.code, o.display, o.score]));
    }
  });

  it('Roland-Morris: 24 tick boxes in the authors\' words; PSFS: a repeating activity with its 0-10 rating; NPRS: the three pain questions', () => {
    const rm = measureQuestionnaire('roland-morris');
    expect(flat(rm.item).filter((i) => i.type === 'boolean').map((i) => i.text)).toEqual(ROLAND_MORRIS.items.map((i) => i.text));
    const psfs = measureQuestionnaire('psfs');
    expect(byLinkId(psfs, 'activity')).toMatchObject({ type: 'group', repeats: true, required: true });
    expect(byLinkId(psfs, 'activity')?.extension).toEqual([{ url: HL7.minOccurs, valueInteger: PSFS.minActivities }, { url: HL7.maxOccurs, valueInteger: PSFS.maxActivities }]);
    expect(byLinkId(psfs, 'activity.rating')).toMatchObject({ type: 'integer', extension: [{ url: HL7.minValue, valueInteger: 0 }, { url: HL7.maxValue, valueInteger: 10 }] });
    expect(byLinkId(psfs, 'activity.rating')?.text).toContain(PSFS.ratingAnchors[10]);
    const nprs = measureQuestionnaire('nprs');
    expect(NPRS.items.map((i) => byLinkId(nprs, i.id)?.text)).toEqual(NPRS.items.map((i) => i.text));
    expect(nprs.code?.[0]?.code).toBe('72514-3');
  });
});

describe('answers to a QuestionnaireResponse and back', () => {
  const cases = [['start-back', arbitraryStartBack], ['roland-morris', arbitraryRolandMorris], ['psfs', arbitraryPsfs], ['nprs', arbitraryNprs]] as const;
  it.each(cases)('%s: the same answers come back, and the score is unchanged', (id, arbitrary) => {
    fc.assert(fc.property(arbitrary as fc.Arbitrary<never>, (answers) => {
      const qr = measureResponse(id, answers, { authored: AT });
      const back = measureAnswersFromResponse(id, qr);
      expect(scoreMeasure(id, back)).toEqual(scoreMeasure(id, answers));
      if (id === 'roland-morris') expect([...(back as { ticked: number[] }).ticked].sort((a, b) => a - b)).toEqual([...(answers as { ticked: number[] }).ticked].sort((a, b) => a - b));
      else expect(back).toEqual(answers);
    }), { numRuns: 200 });
  });

  it('answers every Roland-Morris statement explicitly, true for the ticked ones', () => {
    const qr = measureResponse('roland-morris', { ticked: [2] });
    expect(qr.item).toHaveLength(24);
    expect(qr.item?.filter((i) => i.answer?.[0]?.valueBoolean === true).map((i) => i.linkId)).toEqual(['q2']);
    expect(qr.questionnaire).toBe(`${measureQuestionnaireUrl('roland-morris')}|${MEASURE_QUESTIONNAIRE_VERSION}`);
  });

  it('reads a statement without an answer, or answered false, as not ticked', () => {
    const qr = { resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'q1', answer: [{ valueBoolean: true }] }, { linkId: 'q2' }, { linkId: 'q3', answer: [{ valueBoolean: false }] }] };
    expect(measureAnswersFromResponse('roland-morris', qr)).toEqual({ ticked: [1] });
  });
});

describe('responses that cannot be scored are refused naming the linkId', () => {
  const startBack = (items: unknown[]) => ({ resourceType: 'QuestionnaireResponse', status: 'completed', item: items });
  const sb = measureResponse('start-back', MEASURE_EXAMPLES[0]?.answers as never);

  it('STarT Back: a missing item, an answer not on the list, a coding from another system, an unknown or repeated linkId', () => {
    expect(refusal('start-back', { ...sb, item: sb.item?.filter((i) => i.linkId !== 'q4') })).toEqual({ field: 'q4', message: expect.stringContaining('not answered') });
    expect(refusal('start-back', { ...sb, item: sb.item?.map((i) => (i.linkId === 'q2' ? { linkId: 'q2', answer: [{ valueCoding: { code: 'yes' } }] } : i)) }).field).toBe('q2');
    expect(refusal('start-back', startBack([{ linkId: 'q1', answer: [{ valueCoding: { system: 'http://loinc.org', code: 'agree' } }] }])).field).toBe('q1');
    expect(refusal('start-back', startBack([{ linkId: 'q1', answer: [{ valueBoolean: true }] }]))).toEqual({ field: 'q1', message: 'must be answered with valueCoding' });
    expect(refusal('start-back', startBack([{ linkId: 'q10', answer: [{ valueCoding: { code: 'agree' } }] }])).field).toBe('q10');
    expect(refusal('start-back', { ...sb, item: [...(sb.item ?? []), sb.item?.[0]] })).toEqual({ field: 'q1', message: 'is answered twice: give each item once' });
    expect(refusal('start-back', startBack([{ linkId: 'q1', answer: [{ valueCoding: { code: 'agree' } }, { valueCoding: { code: 'disagree' } }] }])).field).toBe('q1');
  });

  it('PSFS: an activity without its rating or with a rating above 10; NPRS: pain above 10, or no site', () => {
    const activity = (children: unknown[]) => ({ resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'activity', item: children }] });
    expect(refusal('psfs', activity([{ linkId: 'activity.name', answer: [{ valueString: 'Stairs' }] }]))).toEqual({
      field: 'activity.rating', message: '(activity 1) is not rated: every activity needs a rating from 0 to 10 to be scored',
    });
    expect(refusal('psfs', activity([{ linkId: 'activity.name', answer: [{ valueString: 'Stairs' }] }, { linkId: 'activity.rating', answer: [{ valueInteger: 11 }] }])).field).toBe('activity.rating');
    expect(refusal('psfs', { resourceType: 'QuestionnaireResponse', status: 'completed', item: [] }).field).toBe('activity');
    expect(refusal('nprs', { resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'pain.knee', answer: [{ valueInteger: 11 }] }] })).toEqual({
      field: 'pain.knee', message: 'must be a whole number from 0 (no pain) to 10 (the worst pain imaginable)',
    });
    expect(refusal('nprs', { resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'pain.knee' }] }).field).toBe('item');
  });

  it('any measure: not a response, a response in progress, or one to another Questionnaire', () => {
    expect(refusal('nprs', { resourceType: 'Observation', status: 'final' }).field).toBe('resourceType');
    expect(refusal('nprs', { resourceType: 'QuestionnaireResponse', status: 'in-progress', item: [] })).toEqual({ field: 'status', message: 'is in-progress: only a completed or amended response is scored' });
    expect(refusal('nprs', { resourceType: 'QuestionnaireResponse', status: 'done' }).field).toBe('status');
    expect(refusal('nprs', { resourceType: 'QuestionnaireResponse', status: 'completed', questionnaire: measureQuestionnaireUrl('psfs') }).field).toBe('questionnaire');
    expect(refusal('nprs', 'pain').field).toBe('QuestionnaireResponse');
  });
});

describe('the score as an Observation', () => {
  it('STarT Back: the LOINC risk level, with total and distress as LOINC components', () => {
    const result = scoreMeasure('start-back', MEASURE_EXAMPLES[0]?.answers);
    const o = measureObservation(result, { occurrence: AT, patientReference: 'Patient/7', responseReference: 'QuestionnaireResponse/r1', id: 'o1' });
    expect(result.risk?.code).toBe('high');
    expect(o).toMatchObject({
      resourceType: 'Observation', id: 'o1', status: 'final', subject: { reference: 'Patient/7' }, effectiveDateTime: AT, derivedFrom: [{ reference: 'QuestionnaireResponse/r1' }],
      code: { coding: [{ system: HL7.loinc, code: '91352-5' }] },
      valueCodeableConcept: { coding: [{ system: HL7.loinc, code: 'LA9193-9', display: 'High' }], text: 'High risk' },
    });
    expect(o.component?.map((c) => [c.code.coding?.[0]?.code, c.valueQuantity?.value])).toEqual([['91351-7', 7], ['91350-9', 4]]);
    expect(Object.keys(o)).toEqual(['resourceType', 'id', 'status', 'category', 'code', 'subject', 'effectiveDateTime', 'valueCodeableConcept', 'derivedFrom', 'component']);
  });

  it('Roland-Morris and PSFS: their score as a {score} Quantity; NPRS: one component per site rated', () => {
    const rm = measureObservation(scoreMeasure('roland-morris', { ticked: [1, 2, 3] }), { occurrence: AT });
    expect(rm.code.coding?.[0]).toMatchObject({ system: CODE_SYSTEMS.measureScore, code: 'roland-morris.total' });
    expect(rm.valueQuantity).toEqual({ value: 3, unit: '{score}', system: HL7.ucum, code: '{score}' });
    expect(rm.subject).toBeUndefined();
    const psfs = measureObservation(scoreMeasure('psfs', { activities: [{ name: 'a', rating: 4 }, { name: 'b', rating: 5 }, { name: 'c', rating: 5 }] }), { occurrence: AT });
    expect(psfs.valueQuantity?.value).toBe(4.67);
    const nprs = measureObservation(scoreMeasure('nprs', { knee: 6, back: 2 }), { occurrence: AT });
    expect(nprs.code.coding?.[0]?.code).toBe('72514-3');
    expect(nprs.valueQuantity).toBeUndefined();
    expect(nprs.component?.map((c) => [c.code.coding?.map((x) => x.code), c.valueQuantity?.value])).toEqual([[['72514-3', 'nprs.knee'], 6], [['72514-3', 'nprs.back'], 2]]);
  });

  it('refuses an occurrence without a time zone and a subject that is not a patient', () => {
    const r = scoreMeasure('nprs', { knee: 1 });
    expect(() => measureObservation(r, { occurrence: '2026-02-03' })).toThrow(FhirMappingError);
    expect(() => measureObservation(r, { occurrence: AT, patientReference: 'Group/1' })).toThrow(/patientReference/);
  });

  it('measureToFhir pairs the response and its Observation with stable ids, valid R4', () => {
    const a = measureToFhir('psfs', { activities: [{ name: 'Stairs', rating: 2 }] }, { occurrence: AT, patientReference: 'Patient/7' });
    const b = measureToFhir('psfs', { activities: [{ name: 'Stairs', rating: 2 }] }, { occurrence: AT, patientReference: 'Patient/7' });
    const c = measureToFhir('psfs', { activities: [{ name: 'Stairs', rating: 3 }] }, { occurrence: AT, patientReference: 'Patient/7' });
    expect(a).toEqual(b);
    expect(c.response.id).not.toBe(a.response.id);
    expect(a.observation.derivedFrom).toEqual([{ reference: `QuestionnaireResponse/${a.response.id}` }]);
    expect(a.response).toMatchObject({ subject: { reference: 'Patient/7' }, authored: AT });
    expect(measureToFhir('nprs', { knee: 2 }, { occurrence: AT, idBase: 'visit-1' }).observation.id).toBe('visit-1-score');
    expect(() => measureToFhir('nprs', { knee: 2 }, { occurrence: AT, idBase: 'a b' })).toThrow(/idBase/);
    for (const r of [a.response, a.observation]) expect(r4ValidationIssues(r)).toEqual([]);
    expect(measureBundleEntries(a).map((e) => e.fullUrl)).toEqual([
      `http://ksnav.example/fhir/QuestionnaireResponse/${a.response.id}`, `http://ksnav.example/fhir/Observation/${a.observation.id}`,
    ]);
    const { id: _id, ...noId } = a.observation;
    expect(() => measureBundleEntries({ response: a.response, observation: noId })).toThrow(FhirMappingError);
  });
});
