import { describe, expect, it } from 'vitest';
import { checkInBody, Client, describeApi, realisticCase } from './__fixtures__/test-app.js';
import { nulFieldOf } from './nul-characters.js';

describe('nulFieldOf', () => {
  const field = (value: unknown) => nulFieldOf(JSON.stringify(value), value);
  it('names the first field holding a NUL, by its dotted path', () => {
    expect(field({ a: 'fine', b: { c: ['x', 'y\u0000'] } })).toBe('b.c.1');
    expect(field({ ['k\u0000']: 1 })).toBe('body');
    expect(field({ a: { ['k\u0000']: 1 } })).toBe('a');
    expect(field('\u0000')).toBe('body');
    expect(field({ a: 'no nul here', b: '\\u0000 is only a backslash and text' })).toBeUndefined();
  });
});

describeApi('NUL characters in request bodies', (t) => {
  const expectRefused = (res: { statusCode: number; json(): { error: { code: string; field?: string; message: string } } }, field: string) => {
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({ code: 'invalid', field, message: `${field} must not contain the NUL character (\\u0000).` });
  };

  it('refuses them with 400 naming the field, and stores nothing', async () => {
    const a = await Client.registered(t.app);
    const recovery = (await a.send('POST', '/api/v1/recoveries', { onsetDate: '2025-03-01' })).json();
    const before = await t.counts();

    expectRefused(await a.send('POST', `/api/v1/recoveries/${recovery.id}/checkins`, checkInBody('2025-03-02', { note: 'left\u0000right' })), 'note');
    expectRefused(await a.send('POST', `/api/v1/recoveries/${recovery.id}/checkins`, checkInBody('2025-03-02', { medicinesTaken: ['ibuprofen', 'para\u0000cetamol'] })), 'medicinesTaken.1');
    expectRefused(await a.send('POST', '/api/v1/recoveries', { onsetDate: '2025-03-01', title: '\u0000' }), 'title');
    expectRefused(await a.send('POST', '/api/v1/assessments', { ...realisticCase(), id: 'case\u0000one' }), 'id');
    expectRefused(await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { email: 'nul\u0000@example.org', password: 'a long enough passphrase' } }), 'email');
    expectRefused(await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'someone@example.org', password: 'pass\u0000word' } }), 'password');
    expectRefused(await t.app.inject({
      method: 'POST', url: '/fhir/$assess', headers: { 'content-type': 'application/fhir+json' },
      payload: JSON.stringify({ resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'age\u0000' }] }),
    }), 'item.0.linkId');

    expect(await t.counts()).toEqual(before);
    expect((await a.send('GET', `/api/v1/recoveries/${recovery.id}/checkins`)).json().checkIns).toEqual([]);
  });
});
