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
  const t = useSqliteApp({ publicUrl: 'https://ksnav.clinic.example' });

  // The Host header is the attacker's to write: links must not follow it.
  const call = (body: unknown) => t.app.inject({ method: 'POST', url: '/cds-services/ksnav-triage', headers: { host: 'evil.example' }, payload: body as object });

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
    expect(cards[0]).toMatchObject({ indicator, source: { label: 'Knee–Sciatica Navigator', url: 'https://ksnav.clinic.example/' } });
    expect(cards[0].summary.length).toBeLessThanOrEqual(140);
    expect(cards[0].links[0].url).toBe('https://ksnav.clinic.example/');
    expect(fromCase.body).not.toContain('evil.example');
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

  it('answers a browser-based record system from another origin (CORS), preflight included', async () => {
    const preflight = await t.app.inject({
      method: 'OPTIONS', url: '/cds-services/ksnav-triage',
      headers: { origin: 'https://ehr.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers).toMatchObject({
      'access-control-allow-origin': '*', 'access-control-allow-methods': 'GET, POST, OPTIONS', 'access-control-allow-headers': 'authorization, content-type',
    });
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
    const post = await t.app.inject({
      method: 'POST', url: '/cds-services/ksnav-triage', payload: request({ context: { patientId: '1', ksnavCase: vignette('dev-03-knee-oa') } }),
      headers: { origin: 'https://ehr.example', 'sec-fetch-site': 'cross-site', authorization: 'Bearer x.y.z' },
    });
    expect(post.statusCode).toBe(200);
    expect(post.headers['access-control-allow-origin']).toBe('*');
    const refused = await t.app.inject({ method: 'POST', url: '/cds-services/ksnav-triage', payload: {}, headers: { origin: 'https://ehr.example' } });
    expect(refused.statusCode).toBe(400);
    expect(refused.headers['access-control-allow-origin']).toBe('*');
    const discoveryAnswer = await t.app.inject({ method: 'GET', url: '/cds-services', headers: { origin: 'https://ehr.example' } });
    expect(discoveryAnswer.headers['access-control-allow-origin']).toBe('*');
    // The rest of the API stays same-origin.
    const api = await t.app.inject({ method: 'POST', url: '/api/v1/assessments', payload: vignette('dev-03-knee-oa'), headers: { origin: 'https://ehr.example', 'sec-fetch-site': 'cross-site' } });
    expect(api.statusCode).toBe(403);
    expect(api.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('is never cached', async () => {
    const res = await call(request({ context: { patientId: '1', ksnavCase: vignette('dev-03-knee-oa') } }));
    expect(res.headers['cache-control']).toBe('no-store');
    expect((await t.app.inject({ method: 'GET', url: '/cds-services' })).headers['cache-control']).toBe('no-store');
  });
});

describe('CDS Hooks without a configured public URL', () => {
  const t = useSqliteApp();
  it('sends cards without links rather than links built from the Host header', async () => {
    const res = await t.app.inject({
      method: 'POST', url: '/cds-services/ksnav-triage', headers: { host: 'evil.example' },
      payload: request({ context: { patientId: '1', ksnavCase: vignette('dev-03-knee-oa') } }),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().cards[0].links).toBeUndefined();
    expect(res.body).not.toContain('evil.example');
  });
});
