import { describe, expect, it } from 'vitest';
import { tokenHash } from '../auth/session-token.js';
import { buildApp } from '../app.js';
import { Client, describeApi, TEST_PASSWORD, testAppOptions, uniqueEmail } from '../__fixtures__/test-app.js';

describeApi('accounts API', (t) => {
  describe('register', () => {
    it('creates the account, signs in with a secure cookie, returns the CSRF token, stores only a hash', async () => {
      const email = uniqueEmail();
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { email, password: TEST_PASSWORD } });
      expect(res.statusCode).toBe(201);
      const body = res.json();
      expect(body).toEqual({ user: { id: expect.any(String), email, createdAt: expect.any(String) }, csrfToken: expect.stringMatching(/^[\w-]{43}$/) });

      const cookie = res.cookies.find((c) => c.name === 'ksnav_session')!;
      expect(cookie.value).toMatch(/^[\w-]{43}$/);
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(cookie.secure).toBeFalsy();
      const days = (cookie.expires!.getTime() - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(29);
      expect(days).toBeLessThanOrEqual(30);

      const session = await t.store.sessions.find(tokenHash(cookie.value), new Date().toISOString());
      expect(session?.userId).toBe(body.user.id);
      expect(session?.csrfToken).toBe(body.csrfToken);
      const user = await t.store.users.findById(body.user.id);
      expect(user?.passwordHash).toMatch(/^scrypt\$1024\$8\$1\$/);
      expect(user?.passwordHash).not.toContain(TEST_PASSWORD);
    });

    it('refuses a taken email (any case) with 409 naming the field', async () => {
      const email = uniqueEmail();
      await Client.registered(t.app, email);
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { email: email.toUpperCase(), password: TEST_PASSWORD } });
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({ code: 'conflict', field: 'email' });
    });

    it('refuses short and overlong passwords and a bad email, naming the field', async () => {
      const short = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { email: uniqueEmail(), password: 'short' } });
      expect(short.statusCode).toBe(400);
      expect(short.json().error).toMatchObject({ field: 'password', message: 'password must be at least 10 characters long.' });
      const long = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { email: uniqueEmail(), password: 'x'.repeat(257) } });
      expect(long.json().error.field).toBe('password');
      const email = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { email: 'not-an-email', password: TEST_PASSWORD } });
      expect(email.json().error).toMatchObject({ field: 'email', message: 'email must be an email address.' });
    });
  });

  describe('sign in and out', () => {
    it('signs in with the right password, and out again', async () => {
      const registered = await Client.registered(t.app);
      const client = new Client(t.app);
      const res = await client.send('POST', '/api/v1/auth/login', { email: registered.email, password: TEST_PASSWORD });
      expect(res.statusCode).toBe(200);
      expect(res.json().user.id).toBe(registered.userId);
      expect((await client.send('GET', '/api/v1/me')).statusCode).toBe(200);

      const out = await client.send('POST', '/api/v1/auth/logout');
      expect(out.statusCode).toBe(204);
      const cleared = out.cookies.find((c) => c.name === 'ksnav_session');
      expect(cleared?.value).toBe('');
      expect((await client.send('GET', '/api/v1/me')).statusCode).toBe(401);
      // The other session (from registering) is untouched.
      expect((await registered.send('GET', '/api/v1/me')).statusCode).toBe(200);
    });

    it('gives the same 401 for a wrong password and an unknown email', async () => {
      const registered = await Client.registered(t.app);
      const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: registered.email, password: 'wrong password!' } });
      const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: uniqueEmail(), password: TEST_PASSWORD } });
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(wrong.json()).toEqual(unknown.json());
      expect(wrong.headers['set-cookie']).toBeUndefined();
      const audit = await t.store.audit.listForUser(registered.userId!);
      expect(audit.at(-1)).toMatchObject({ action: 'auth.login', outcome: 'denied' });
    });

    it('logout without a session is a harmless 204', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { 'content-type': 'application/json' }, payload: '' });
      expect(res.statusCode).toBe(204);
    });
  });

  describe('change password', () => {
    it('needs the current password, then revokes every other session and keeps this one', async () => {
      const a = await Client.registered(t.app);
      const b = new Client(t.app);
      await b.send('POST', '/api/v1/auth/login', { email: a.email, password: TEST_PASSWORD });
      expect((await b.send('GET', '/api/v1/me')).statusCode).toBe(200);

      const wrong = await a.send('POST', '/api/v1/auth/password', { currentPassword: 'not the password', newPassword: 'a brand new passphrase' });
      expect(wrong.statusCode).toBe(403);
      expect(wrong.json().error).toMatchObject({ code: 'wrong_password', field: 'currentPassword' });
      expect((await b.send('GET', '/api/v1/me')).statusCode).toBe(200);

      const ok = await a.send('POST', '/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' });
      expect(ok.statusCode).toBe(204);
      expect((await a.send('GET', '/api/v1/me')).statusCode).toBe(200);
      expect((await b.send('GET', '/api/v1/me')).statusCode).toBe(401);

      const old = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: a.email, password: TEST_PASSWORD } });
      expect(old.statusCode).toBe(401);
      const fresh = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: a.email, password: 'a brand new passphrase' } });
      expect(fresh.statusCode).toBe(200);
    });

    it('needs the CSRF token and a session', async () => {
      const a = await Client.registered(t.app);
      const body = { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' };
      expect((await a.send('POST', '/api/v1/auth/password', body, { csrf: false })).statusCode).toBe(403);
      expect((await new Client(t.app).send('POST', '/api/v1/auth/password', body)).statusCode).toBe(401);
    });
  });
});

// A fixed clock, 10 s into its minute: every attempt falls in the same window, whatever the real time.
const FIXED_NOW = new Date('2030-01-01T12:00:10.000Z');
const limitedOptions = { authRateLimit: { max: 3, windowSeconds: 60 }, clock: () => FIXED_NOW };

describeApi('sign-in rate limits', (t) => {
  it('answers 429 with Retry-After past the limit, per email and per address, counted in the database', async () => {
    const email = uniqueEmail();
    const attempt = (address: string, who = email) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress: address, payload: { email: who, password: 'wrong password!' } });
    for (let i = 0; i < 3; i++) expect((await attempt(`10.0.0.${i + 1}`)).statusCode).toBe(401);
    const limited = await attempt('10.0.0.9');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
    expect(limited.headers['retry-after']).toBe('50');

    // Another email from a fresh address is not limited; the same address is, after 3 tries.
    for (let i = 0; i < 3; i++) expect((await attempt('10.0.1.1', uniqueEmail())).statusCode).toBe(401);
    expect((await attempt('10.0.1.1', uniqueEmail())).statusCode).toBe(429);

    // A second app on the same database shares the counts.
    const other = await buildApp(testAppOptions(t.store, limitedOptions));
    try {
      const res = await other.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress: '10.0.2.1', payload: { email, password: 'x' } });
      expect(res.statusCode).toBe(429);
    } finally {
      await other.close();
    }
  });

  it('limits registration too', async () => {
    const register = () => t.app.inject({ method: 'POST', url: '/api/v1/auth/register', remoteAddress: '10.9.0.1', payload: { email: uniqueEmail(), password: TEST_PASSWORD } });
    for (let i = 0; i < 3; i++) expect((await register()).statusCode).toBe(201);
    expect((await register()).statusCode).toBe(429);
  });
}, limitedOptions);

describeApi('cookies behind an HTTPS proxy', (t) => {
  it('marks the cookie Secure and sends HSTS when the proxy says https', async () => {
    const res = await t.app.inject({
      method: 'POST', url: '/api/v1/auth/register', headers: { 'x-forwarded-proto': 'https' }, payload: { email: uniqueEmail(), password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(201);
    expect(res.cookies.find((c) => c.name === 'ksnav_session')?.secure).toBe(true);
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    const plain = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });
}, { trustProxy: 1 });
