/**
 * The measure routes on the real app (t.app.inject, SQLite store: these routes store nothing):
 * each Questionnaire, $score answering an Observation that is valid R4 and what the scorer says,
 * the clock only when `authored` is not a date-time, refusals naming the linkId, nothing written.
 */
import type * as fhir4 from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { countRows, inspectDatabase } from '../../../test/support/databases.js';
import { MEASURE_IDS } from '../../knowledge/measures/index.js';
import { scoreMeasure } from '../../measures/score.js';
import { MEASURE_QUESTIONNAIRE_IDS, measureQuestionnaire } from '../../fhir/measure-questionnaire.js';
import { measureResponse } from '../../fhir/measure-response.js';
import { measureObservation } from '../../fhir/measure-observation.js';
import { MEASURE_EXAMPLES } from '../../fhir/__fixtures__/measure-examples.js';
import { r4ValidationIssues } from '../../fhir/__fixtures__/r4-validator.js';
import { useSqliteApp } from '../__fixtures__/test-app.js';

const NOW = new Date('2026-02-01T10:00:00.000Z');
const AUTHORED = '2026-01-30T18:45:00Z';

describe('FHIR measure routes', () => {
  const t = useSqliteApp({ clock: () => NOW });

  const score = (id: string, payload: unknown, contentType = 'application/fhir+json') =>
    t.app.inject({ method: 'POST', url: `/fhir/Questionnaire/${id}/$score`, headers: { 'content-type': contentType }, payload: JSON.stringify(payload) });

  it.each(MEASURE_IDS)('serves the %s Questionnaire as application/fhir+json', async (id) => {
    const res = await t.app.inject({ method: 'GET', url: `/fhir/Questionnaire/${MEASURE_QUESTIONNAIRE_IDS[id]}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
    expect(res.json()).toEqual(measureQuestionnaire(id));
  });

  it.each(MEASURE_EXAMPLES.map((e) => [e.name, e] as const))('scores %s into a valid R4 Observation, at the time it was authored', async (_name, e) => {
    const qr = { ...measureResponse(e.instrument, e.answers as never, { authored: AUTHORED, subject: { reference: 'Patient/example' } }), id: 'qr-1' };
    const res = await score(MEASURE_QUESTIONNAIRE_IDS[e.instrument], qr);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
    const o = res.json() as fhir4.Observation;
    expect(r4ValidationIssues(o)).toEqual([]);
    const expected = measureObservation(scoreMeasure(e.instrument, e.answers), {
      occurrence: AUTHORED, patientReference: 'Patient/example', responseReference: 'QuestionnaireResponse/qr-1', id: o.id ?? '',
    });
    expect(o).toEqual(expected);
    expect(o.id).toMatch(new RegExp(`^${e.instrument}-[0-9a-f]{14}$`));
    expect((await score(MEASURE_QUESTIONNAIRE_IDS[e.instrument], qr)).body).toBe(res.body);
  });

  it("takes application/json too, and uses the server's clock when authored is not a full date-time", async () => {
    const { authored: _a, ...qr } = measureResponse('nprs', { knee: 4 }, { authored: AUTHORED });
    const res = await score('ksnav-nprs', { ...qr, authored: '2026-01-30' }, 'application/json');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ effectiveDateTime: NOW.toISOString(), component: [{ valueQuantity: { value: 4 } }] });
    expect(res.json().derivedFrom).toBeUndefined();
  });

  const startBack = measureResponse('start-back', MEASURE_EXAMPLES[0]?.answers as never);
  it.each([
    ['an unanswered STarT Back item', 'ksnav-start-back', { ...startBack, item: startBack.item?.filter((i) => i.linkId !== 'q4') }, 'q4'],
    ['a STarT Back item answered with a boolean', 'ksnav-start-back', { ...startBack, item: [{ linkId: 'q1', answer: [{ valueBoolean: true }] }] }, 'q1'],
    ['an answer off the list', 'ksnav-start-back', { ...startBack, item: startBack.item?.map((i) => (i.linkId === 'q9' ? { linkId: 'q9', answer: [{ valueCoding: { code: 'very' } }] } : i)) }, 'q9'],
    ['knee pain above 10', 'ksnav-nprs', { resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'pain.knee', answer: [{ valueInteger: 12 }] }] }, 'pain.knee'],
    ['an activity without its rating', 'ksnav-psfs', { resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'activity', item: [{ linkId: 'activity.name', answer: [{ valueString: 'Stairs' }] }] }] }, 'activity.rating'],
    ['a statement number the form does not have', 'ksnav-roland-morris', { resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'q25', answer: [{ valueBoolean: true }] }] }, 'q25'],
    ['a response still in progress', 'ksnav-nprs', { resourceType: 'QuestionnaireResponse', status: 'in-progress', item: [] }, 'status'],
    ['another resource type', 'ksnav-psfs', { resourceType: 'Observation', status: 'final' }, 'resourceType'],
    ['a subject that is not a patient', 'ksnav-nprs', { resourceType: 'QuestionnaireResponse', status: 'completed', subject: { reference: 'Group/1' }, item: [{ linkId: 'pain.back', answer: [{ valueInteger: 2 }] }] }, 'subject.reference'],
  ])('refuses %s with a 400 naming it', async (_what, id, body, field) => {
    const res = await score(id, body);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: { code: 'invalid', message: expect.stringContaining(field), field } });
  });

  it('refuses by schema an answer value of the wrong JSON type, in the one error shape', async () => {
    const res = await score('ksnav-nprs', { resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'pain.leg', answer: [{ valueInteger: 2.5 }] }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'invalid', field: 'item.0.answer.0.valueInteger' });
  });

  it('stores nothing', async () => {
    const before = await inspectDatabase(t.temp.options, (k) => countRows(k));
    await score('ksnav-roland-morris', measureResponse('roland-morris', { ticked: [1, 2] }));
    expect(await inspectDatabase(t.temp.options, (k) => countRows(k))).toEqual(before);
  });
});
