import { describe, expect, it } from 'vitest';
import { issueResetLink, NoSuchAccountError } from '../auth/reset-link.js';
import { tokenHash } from '../auth/session-token.js';
import { buildApp } from '../app.js';
import { Client, describeApi, TEST_PASSWORD, testAppOptions, uniqueEmail } from '../__fixtures__/test-app.js';

const NEW_PASSWORD = 'a brand new passphrase';
const tokenOf = (url: string) => new URL(url).hash.replace('#token=', '');

describeApi('account recovery API', (t) => {
  const link = (email: string, hours?: number) => issueResetLink(t.store, email, { baseUrl: 'https://ksnav.example.org/', now: new Date(), hours });

  describe('an operator\'s reset link', () => {
    it('is a link to the reset page with the token after #, stored only as a hash, expiring in 24 hours', async () => {
      const person = await Client.registered(t.app);
      const issued = await link(person.email!);
      expect(issued.url).toMatch(/^https:\/\/ksnav\.example\.org\/account\/reset#token=[\w-]{43}$/);
      const hours = (Date.parse(issued.expiresAt) - Date.now()) / 3_600_000;
      expect(hours).toBeGreaterThan(23.9);
      expect(hours).toBeLessThanOrEqual(24);
      // The store holds the hash: consuming by the token itself finds nothing.
      expect(await t.store.passwordResets.consume(tokenOf(issued.url), new Date().toISOString())).toBeUndefined();
      expect(await t.store.passwordResets.consume(tokenHash(tokenOf(issued.url)), new Date().toISOString())).toBe(person.userId);
    });

    it('is refused for an email with no account', async () => {
      await expect(link(uniqueEmail('nobody'))).rejects.toBeInstanceOf(NoSuchAccountError);
    });
  });

  describe('POST /api/v1/auth/reset', () => {
    it('sets the new password once, signs out every other session, and signs this browser in', async () => {
      const person = await Client.registered(t.app);
      const otherDevice = new Client(t.app);
      await otherDevice.send('POST', '/api/v1/auth/login', { email: person.email, password: TEST_PASSWORD });
      const issued = await link(person.email!);

      const browser = new Client(t.app);
      const res = await browser.send('POST', '/api/v1/auth/reset', { token: tokenOf(issued.url), newPassword: NEW_PASSWORD });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ user: { id: person.userId, email: person.email, createdAt: expect.any(String) }, csrfToken: expect.any(String) });
      expect((await browser.send('GET', '/api/v1/me')).statusCode).toBe(200);

      // Every earlier session ends; the old password no longer works; the new one does.
      expect((await person.send('GET', '/api/v1/me')).statusCode).toBe(401);
      expect((await otherDevice.send('GET', '/api/v1/me')).statusCode).toBe(401);
      expect((await new Client(t.app).send('POST', '/api/v1/auth/login', { email: person.email, password: TEST_PASSWORD })).statusCode).toBe(401);
      expect((await new Client(t.app).send('POST', '/api/v1/auth/login', { email: person.email, password: NEW_PASSWORD })).statusCode).toBe(200);

      // Used once: the same link again is refused and changes nothing.
      const again = await new Client(t.app).send('POST', '/api/v1/auth/reset', { token: tokenOf(issued.url), newPassword: 'yet another passphrase' });
      expect(again.statusCode).toBe(400);
      expect(again.json().error).toMatchObject({ code: 'invalid', field: 'token', message: 'This reset link has expired or has already been used. Ask for a new one.' });
      expect((await new Client(t.app).send('POST', '/api/v1/auth/login', { email: person.email, password: NEW_PASSWORD })).statusCode).toBe(200);

      const audit = await t.store.audit.listForUser(person.userId!);
      expect(audit.map((e) => `${e.action}:${e.outcome}`)).toContain('auth.reset:ok');
    });

    it('refuses an expired link, a made-up one and a short password, naming the field, and changes nothing', async () => {
      const person = await Client.registered(t.app);
      const expired = await link(person.email!, -1);
      const before = (await t.store.users.findById(person.userId!))!.passwordHash;
      const late = await new Client(t.app).send('POST', '/api/v1/auth/reset', { token: tokenOf(expired.url), newPassword: NEW_PASSWORD });
      expect(late.statusCode).toBe(400);
      expect(late.json().error.field).toBe('token');
      const madeUp = await new Client(t.app).send('POST', '/api/v1/auth/reset', { token: 'x'.repeat(43), newPassword: NEW_PASSWORD });
      expect(madeUp.json().error.field).toBe('token');
      const fresh = await link(person.email!);
      const short = await new Client(t.app).send('POST', '/api/v1/auth/reset', { token: tokenOf(fresh.url), newPassword: 'short' });
      expect(short.statusCode).toBe(400);
      expect(short.json().error.field).toBe('newPassword');
      // A common password is refused as at registration, and the link stays usable too.
      const common = await new Client(t.app).send('POST', '/api/v1/auth/reset', { token: tokenOf(fresh.url), newPassword: 'password123456' });
      expect(common.statusCode).toBe(400);
      expect(common.json().error.field).toBe('newPassword');
      expect((await t.store.users.findById(person.userId!))!.passwordHash).toBe(before);
      // The refused attempt with a short password did not use the link up.
      expect((await new Client(t.app).send('POST', '/api/v1/auth/reset', { token: tokenOf(fresh.url), newPassword: NEW_PASSWORD })).statusCode).toBe(200);
    });
  });
});

describe('account recovery rate limit', () => {
  it('limits reset attempts per address', async () => {
    const { openTempStore } = await import('../../../test/support/databases.js');
    const temp = await openTempStore('sqlite');
    const app = await buildApp(testAppOptions(temp.store, { authRateLimit: { max: 3, windowSeconds: 60 } }));
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) codes.push((await app.inject({ method: 'POST', url: '/api/v1/auth/reset', payload: { token: 'y'.repeat(43), newPassword: NEW_PASSWORD } })).statusCode);
      expect(codes).toEqual([400, 400, 400, 429, 429]);
    } finally {
      await app.close();
      await temp.close();
    }
  });
});
