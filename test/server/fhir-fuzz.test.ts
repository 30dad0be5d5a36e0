/**
 * The FHIR and CDS Hooks routes take loose, FHIR-shaped bodies, so they are fuzzed on their own:
 * arbitrary JSON, FHIR-looking resources with wrong parts, bad JSON and wrong media types. Every
 * answer must be a 2xx or a 4xx in the one error shape (naming a field when it is a field's
 * fault), never a 5xx, and nothing is ever stored.
 */
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { countRows, describeEachDialect, inspectDatabase } from '../support/databases.js';
import { testAppOptions } from '../../src/server/__fixtures__/test-app.js';

const item = fc.record(
  {
    linkId: fc.oneof(fc.constantFrom('age', 'sex', 'durationDays', 'course', 'pain.knee', 'knee_pain', 'saddle_numbness', 'evidence.nerves', 'nope'), fc.string()),
    answer: fc.array(
      fc.oneof(
        fc.record({ valueBoolean: fc.oneof(fc.boolean(), fc.string()) }),
        fc.record({ valueInteger: fc.oneof(fc.integer(), fc.double(), fc.string()) }),
        fc.record({ valueCoding: fc.record({ code: fc.string(), system: fc.string() }, { requiredKeys: [] }) }),
        fc.jsonValue(),
      ),
      { maxLength: 3 },
    ),
    item: fc.constant([]),
  },
  { requiredKeys: [] },
);
const questionnaireResponse = fc.record(
  {
    resourceType: fc.oneof(fc.constant('QuestionnaireResponse'), fc.constantFrom('Patient', '', 'questionnaireresponse'), fc.jsonValue()),
    status: fc.oneof(fc.constantFrom('completed', 'in-progress', 'amended'), fc.jsonValue()),
    questionnaire: fc.oneof(fc.constant('http://ksnav.example/fhir/Questionnaire/ksnav-intake'), fc.string()),
    item: fc.oneof(fc.array(item, { maxLength: 6 }), fc.jsonValue()),
    authored: fc.oneof(fc.constant('2026-01-01T10:00:00Z'), fc.string(), fc.integer()),
  },
  { requiredKeys: [] },
);
const cdsRequest = fc.record(
  {
    hook: fc.oneof(fc.constant('patient-view'), fc.string()),
    hookInstance: fc.oneof(fc.uuid(), fc.jsonValue()),
    context: fc.oneof(fc.record({ patientId: fc.string(), ksnavCase: fc.oneof(fc.jsonValue(), fc.record({ age: fc.integer({ min: -5, max: 130 }) })) }, { requiredKeys: [] }), fc.jsonValue()),
    prefetch: fc.oneof(fc.record({ intake: fc.oneof(questionnaireResponse, fc.constant(null), fc.jsonValue()) }, { requiredKeys: [] }), fc.jsonValue()),
  },
  { requiredKeys: [] },
);

describeEachDialect('FHIR and CDS Hooks routes under malformed input', (db) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp(testAppOptions(db.store));
  });
  afterAll(async () => {
    await app.close();
  });
  const t = { get app() { return app; }, temp: db };

  const send = (url: string, payload: string, contentType = 'application/json', headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, headers: { 'content-type': contentType, ...headers }, payload });

  const expectNoServerError = (res: Awaited<ReturnType<typeof send>>) => {
    expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(500);
    if (res.statusCode >= 400) {
      const error = res.json().error;
      expect(error.code).toBeTypeOf('string');
      expect(error.message.length).toBeGreaterThan(0);
    }
  };

  it('answers 1,000 generated bodies without a 5xx and stores nothing', async () => {
    const before = await inspectDatabase(t.temp.options, (k) => countRows(k));
    const bodies = fc.sample(
      fc.oneof(
        questionnaireResponse.map((b) => ({ url: '/fhir/$assess', body: b })),
        cdsRequest.map((b) => ({ url: '/cds-services/ksnav-triage', body: b })),
        fc.jsonValue().map((b) => ({ url: '/fhir/$assess', body: b })),
        fc.jsonValue().map((b) => ({ url: '/cds-services/ksnav-triage', body: b })),
        // NUL characters anywhere in an otherwise FHIR-looking body.
        questionnaireResponse.map((b) => ({ url: '/fhir/$assess', body: { ...b, status: 'completed\u0000' } })),
        cdsRequest.map((b) => ({ url: '/cds-services/ksnav-triage', body: { ...b, hook: 'patient-view\u0000' } })),
      ),
      { numRuns: 1000, seed: 20261126 },
    );
    let refused = 0;
    for (const [i, { url, body }] of bodies.entries()) {
      // Some from another site's page, as a browser-based record system would send them.
      const headers: Record<string, string> = i % 3 === 0 ? { origin: 'https://ehr.example', 'sec-fetch-site': 'cross-site' } : {};
      const res = await send(url, JSON.stringify(body), url.startsWith('/fhir') ? 'application/fhir+json' : 'application/json', headers);
      expectNoServerError(res);
      if (res.statusCode >= 400) refused++;
    }
    expect(refused).toBeGreaterThan(500);
    expect({ ...(await inspectDatabase(t.temp.options, (k) => countRows(k))), audit_log: 0 }).toEqual({ ...before, audit_log: 0 });
  });

  it('refuses bad JSON, other media types and huge bodies in the error shape', async () => {
    for (const url of ['/fhir/$assess', '/cds-services/ksnav-triage']) {
      for (const bad of ['{', '{"resourceType":', "{'a':1}", '[1,', 'nul']) {
        const res = await send(url, bad);
        expect(res.statusCode).toBe(400);
        expectNoServerError(res);
      }
      expect((await send(url, '{}', 'text/plain')).statusCode).toBe(415);
      expect((await send(url, JSON.stringify({ note: 'x'.repeat(300_000) }))).statusCode).toBe(413);
    }
  });
});
