import { expect, it } from 'vitest';
import { Client, describeApi } from '../__fixtures__/test-app.js';

const clock = { now: new Date('2026-04-01T09:00:00Z') };
const later = (minutes: number) => { clock.now = new Date(clock.now.getTime() + minutes * 60_000); };

describeApi('idle sessions', (t) => {
  it('ends a session unused for the idle timeout; using it keeps it alive', async () => {
    const client = await Client.registered(t.app);
    later(20);
    expect((await client.send('GET', '/api/v1/me')).statusCode).toBe(200);
    later(20);
    // 40 minutes since sign-in, but only 20 since it was last used.
    expect((await client.send('GET', '/api/v1/me')).statusCode).toBe(200);
    later(31);
    const idle = await client.send('GET', '/api/v1/me');
    expect(idle.statusCode).toBe(401);
    expect(idle.json().error.code).toBe('unauthorized');
    // Ended for good, not just refused once.
    later(-31);
    expect((await client.send('GET', '/api/v1/me')).statusCode).toBe(401);
  });
}, { sessionIdleMinutes: 30, clock: () => clock.now });
