/** The CDS Hooks routes on the real app (t.app.inject): discovery, a card per level, refusals. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discovery } from '../../fhir/cds-hooks.js';
import { questionnaireResponseFromCase } from '../../fhir/questionnaire-response-from-case.js';
import { parseCase } from '../../engine/validate.js';
import { useSqliteApp } from '../__fixtures__/test-app.js';

const vignette = (name: string) => parseCase(JSON.parse(readFileSync(join(import.meta.dirname, '../../../test/vignettes', `${name}.json`), 'utf8')));
const request = (extra: object) => ({ hook: 'patient-view', hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea', context: { userId: 'Practitioner/1', patientId: '123' }, ...extra });

describe('CDS Hooks routes', () => {
  const t = useSqliteApp();

  const call = (body: unknown) => t.app.inject({ method: 'POST', url: '/cds-services/ksnav-triage', headers: { host: 'ksnav.clinic.example' }, payload: body as object });

  it('serves the discovery document', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/cds-services' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(discovery());
  });

  it.each([
    ['dev-02-cauda-equina', 'critical'],
    ['dev-04-ottawa-weight-bearing', 'warning'],
    ['dev-03-knee-oa', 'info'],
  ])('%s: one %s card, from the case or from the prefetched intake', async (name, indicator) => {
    const c = vignette(name);
    const fromCase = await call(request({ context: { patientId: '123', ksnavCase: c } }));
    expect(fromCase.statusCode).toBe(200);
    const { cards } = fromCase.json();
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ indicator, source: { label: 'Knee–Sciatica Navigator', url: 'http://ksnav.clinic.example/' } });
    expect(cards[0].summary.length).toBeLessThanOrEqual(140);
    expect(cards[0].links[0].url).toBe('http://ksnav.clinic.example/');
    const fromIntake = await call(request({ prefetch: { intake: questionnaireResponseFromCase(c) } }));
    expect(fromIntake.json()).toEqual(fromCase.json());
  });

  it('answers no card when the prefetched intake is empty', async () => {
    expect((await call(request({ prefetch: { intake: null } }))).json()).toEqual({ cards: [] });
  });

  it.each([
    ['another hook', request({ hook: 'order-sign', context: { ksnavCase: { age: 40 } } }), 'hook'],
    ['no hookInstance', { hook: 'patient-view', context: { ksnavCase: { age: 40 } } }, 'hookInstance'],
    ['a case with an age out of range', request({ context: { ksnavCase: { age: 200 } } }), 'context.ksnavCase.age'],
    ['an intake with an unknown linkId', request({ prefetch: { intake: { resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'agee' }] } } }), 'prefetch.intake.agee'],
    ['neither a case nor an intake', request({}), 'prefetch.intake'],
  ])('refuses %s with a 400 naming the field', async (_what, body, field) => {
    const res = await call(body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'invalid', field });
  });
});
