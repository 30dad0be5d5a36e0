/**
 * No health data, password, cookie or token ever reaches the logs. The logger (at its most
 * talkative level) is captured through a whole flow with distinctive values everywhere, valid and
 * invalid, and the capture is searched for each of them.
 */
import { expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { checkInBody, Client, describeApi, realisticCase, testAppOptions, uniqueEmail } from '../../src/server/__fixtures__/test-app.js';

const PASSWORD = 'pw-AARDVARK-7741-secret';
const NEW_PASSWORD = 'pw-PANGOLIN-9902-secret';
const WRONG_PASSWORD = 'pw-OKAPI-5512-wrong';
const CASE_ID = 'case-ZEBRA-4242';
const NOTE = 'note-QUOKKA-31337 my knee buckled on the stairs';
const MEDICINE = 'med-AXOLOTL-808 tablets';
const TITLE = 'title-NARWHAL-6060';
const PAIN = 7.25;

describeApi('logs', (t) => {
  it('hold method, route, status, request id and user id, and none of the data', async () => {
    const lines: string[] = [];
    const app: FastifyInstance = await buildApp(testAppOptions(t.store, { logger: { level: 'trace', stream: { write: (line) => void lines.push(line) } } }));
    const secrets: string[] = [PASSWORD, NEW_PASSWORD, WRONG_PASSWORD, CASE_ID, 'QUOKKA', MEDICINE, TITLE, String(PAIN)];
    try {
      const email = uniqueEmail('log');
      secrets.push(email);
      const client = await Client.registered(app, email, PASSWORD);
      secrets.push(client.cookie!, client.csrf!);
      const c = { ...realisticCase(), id: CASE_ID, pain: { knee: PAIN, leg: 6 } };

      const saved = (await client.send('POST', '/api/v1/assessments', c)).json().saved.id;
      await client.send('GET', `/api/v1/assessments/${saved}`);
      await client.send('GET', `/api/v1/assessments/${saved}/summary.pdf`);
      await app.inject({ method: 'POST', url: '/api/v1/summary.pdf', payload: c });
      await app.inject({ method: 'POST', url: '/api/v1/interview', payload: { case: { age: 40, pain: { knee: PAIN } } } });
      // Invalid bodies carrying the data: the errors must not echo it into the log either.
      await app.inject({ method: 'POST', url: '/api/v1/assessments', payload: { ...c, age: 'AGE-IGUANA' } });
      secrets.push('IGUANA');
      await app.inject({ method: 'POST', url: '/api/v1/assessments', headers: { 'content-type': 'application/json' }, payload: `{"note": "${NOTE}"` });

      const recovery = (await client.send('POST', '/api/v1/recoveries', { onsetDate: '2025-01-01', title: TITLE, assessmentId: saved })).json().id;
      const checkIn = await client.send('POST', `/api/v1/recoveries/${recovery}/checkins`, checkInBody('2025-01-02', { note: NOTE, medicinesTaken: [MEDICINE] }));
      await client.send('POST', `/api/v1/recoveries/${recovery}/checkins`, checkInBody('2025-01-02', { note: NOTE }));
      await client.send('PUT', `/api/v1/recoveries/${recovery}/checkins/${checkIn.json().id}`, checkInBody('2025-01-02', { note: NOTE, sleep: 11 }));
      await client.send('GET', `/api/v1/recoveries/${recovery}/summary?today=2025-01-05`);
      await client.send('GET', '/api/v1/me/export');

      await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: WRONG_PASSWORD } });
      await client.send('POST', '/api/v1/auth/password', { currentPassword: WRONG_PASSWORD, newPassword: NEW_PASSWORD });
      await client.send('POST', '/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
      await client.send('POST', '/api/v1/assessments', c, { csrf: 'csrf-WOMBAT-1234' });
      secrets.push('WOMBAT');
      await client.send('DELETE', '/api/v1/me', { password: NEW_PASSWORD });
    } finally {
      await app.close();
    }

    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(15);
    for (const secret of secrets) expect(log.includes(secret), `the log holds ${JSON.stringify(secret)}`).toBe(false);

    // What the lines do hold: one per request, with exactly these fields.
    const requests = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'request');
    expect(requests.length).toBeGreaterThan(15);
    for (const r of requests) {
      expect(Object.keys(r).sort()).toEqual(['hostname', 'level', 'method', 'ms', 'msg', 'pid', 'reqId', 'route', 'statusCode', 'time', 'userId']);
    }
    expect(requests.some((r) => r.route === '/api/v1/recoveries/:id/checkins' && r.statusCode === 409 && typeof r.userId === 'string')).toBe(true);
  });
});
