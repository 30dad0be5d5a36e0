/**
 * The FHIR routes on the real app (t.app.inject, SQLite store: these routes store nothing): the
 * Questionnaire, $assess with both media types, the clock only when `authored` is not a
 * date-time, refusals in the one error shape naming the linkId, and nothing written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as fhir4 from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { countRows, inspectDatabase } from '../../../test/support/databases.js';
import { caseFromQuestionnaireResponse } from '../../fhir/case-from-questionnaire-response.js';
import { intakeQuestionnaire } from '../../fhir/questionnaire.js';
import { useSqliteApp } from '../__fixtures__/test-app.js';

const NOW = new Date('2026-02-01T10:00:00.000Z');
const example = JSON.parse(readFileSync(join(import.meta.dirname, '../../fhir/__fixtures__/questionnaire-response.example.json'), 'utf8')) as fhir4.QuestionnaireResponse;

describe('FHIR routes', () => {
  const t = useSqliteApp({ clock: () => NOW });

  const assess = (payload: unknown, contentType = 'application/fhir+json', headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/fhir/$assess', headers: { 'content-type': contentType, ...headers }, payload: JSON.stringify(payload) });

  it('serves the intake Questionnaire as application/fhir+json', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/fhir/Questionnaire/ksnav-intake' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
    expect(res.json()).toEqual(intakeQuestionnaire());
  });

  it('assesses a QuestionnaireResponse into a collection Bundle, at the time it was authored', async () => {
    const res = await assess(example);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
    // The Bundle is health data: never cached.
    expect(res.headers['cache-control']).toBe('no-store');
    const bundle = res.json() as fhir4.Bundle;
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection', timestamp: example.authored });
    const types = (bundle.entry ?? []).map((e) => e.resource?.resourceType);
    expect(types).toEqual(['QuestionnaireResponse', 'Observation', 'RiskAssessment', 'ClinicalImpression']);
    const qr = bundle.entry?.[0]?.resource as fhir4.QuestionnaireResponse;
    expect(caseFromQuestionnaireResponse(qr)).toEqual(caseFromQuestionnaireResponse(example));
    expect((bundle.entry?.[2]?.resource as fhir4.RiskAssessment).subject).toEqual({ reference: 'Patient/example' });
    expect((await assess(example)).body).toBe(res.body);
  });

  it('takes application/json too, and answers plain JSON to a client that asks for it', async () => {
    const res = await assess(example, 'application/json', { accept: 'application/json' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.json().resourceType).toBe('Bundle');
  });

  it("uses the server's clock when authored is not a full date-time", async () => {
    const { authored: _authored, ...rest } = example;
    expect((await assess(rest)).json().timestamp).toBe(NOW.toISOString());
    expect((await assess({ ...example, authored: '2026-01-31' })).json().timestamp).toBe(NOW.toISOString());
  });

  it.each([
    ['an unknown linkId', { ...example, item: [{ linkId: 'age', answer: [{ valueInteger: 40 }] }, { linkId: 'saddle_numbnes', answer: [{ valueBoolean: true }] }] }, 'saddle_numbnes'],
    ['a yes/no item answered with a string', { ...example, item: [{ linkId: 'age', answer: [{ valueInteger: 40 }] }, { linkId: 'fever', answer: [{ valueString: 'no' }] }] }, 'fever'],
    ['an age out of range', { ...example, item: [{ linkId: 'age', answer: [{ valueInteger: 300 }] }] }, 'age'],
    ['another resource type', { resourceType: 'Observation', status: 'final' }, 'resourceType'],
    ['a subject that is not a patient', { ...example, subject: { reference: 'Group/1' } }, 'subject.reference'],
  ])('refuses %s with a 400 naming it', async (_what, body, field) => {
    const res = await assess(body);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: { code: 'invalid', message: expect.stringContaining(field), field } });
  });

  it('refuses other media types and bad JSON in the one error shape', async () => {
    expect((await assess(example, 'text/plain')).json().error.code).toBe('unsupported_media_type');
    const bad = await t.app.inject({ method: 'POST', url: '/fhir/$assess', headers: { 'content-type': 'application/fhir+json' }, payload: '{"resourceType":' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('bad_json');
  });

  it('stores nothing', async () => {
    const before = await inspectDatabase(t.temp.options, (k) => countRows(k));
    await assess(example);
    expect(await inspectDatabase(t.temp.options, (k) => countRows(k))).toEqual(before);
  });
});
