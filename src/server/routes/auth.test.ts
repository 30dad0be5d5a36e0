import { describe, expect, it } from 'vitest';
import { tokenHash } from '../auth/session-token.js';
import { buildApp } from '../app.js';
import { Client, describeApi, TEST_PASSWORD, testAppOptions, uniqueEmail } from '../__fixtures__/test-app.js';

describeApi('accounts API', (t) => {
  describe('register', () => {
    it('creates the account without signing in; signing in sets a secure cookie and returns the CSRF token; only hashes are stored', async () => {
      const email = uniqueEmail();
      const registered = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { email, password: TEST_PASSWORD } });
      expect(registered.statusCode).toBe(202);
      expect(registered.json()).toEqual({ accepted: true, message: expect.stringMatching(/sign in/) });
      expect(registered.headers['set-cookie']).toBeUndefined();
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: TEST_PASSWORD } });
      expect(res.statusCode).toBe(200);
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

    it('answers a taken email (any case) exactly as a new one, changes nothing, and tells the owner in the audit trail', async () => {
      const email = uniqueEmail();
      const owner = await Client.registered(t.app, email);
      const fresh = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { email: uniqueEmail(), password: 'another fine passphrase' } });
      const taken = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { email: email.toUpperCase(), password: 'another fine passphrase' } });
      expect(taken.statusCode).toBe(fresh.statusCode);
      expect(taken.body).toBe(fresh.body);
      expect(Object.keys(taken.headers).sort()).toEqual(Object.keys(fresh.headers).sort());
      // The owner's password is unchanged, and the attempt is in their trail.
      expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: TEST_PASSWORD } })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: 'another fine passphrase' } })).statusCode).toBe(401);
      expect(await t.store.audit.listForUser(owner.userId!)).toContainEqual(expect.objectContaining({ action: 'account.register', outcome: 'denied' }));
    });

    it('refuses passwords that are easy to guess, saying why, whether or not the email has an account', async () => {
      const owner = await Client.registered(t.app);
      for (const [email, password] of [[uniqueEmail(), 'password12'], [uniqueEmail(), ' '.repeat(10)], ['self.named@example.org', 'self.named@example.org'], [owner.email!, 'password12']]) {
        const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { email, password } });
        expect({ password, status: res.statusCode, field: res.json().error?.field }).toEqual({ password, status: 400, field: 'password' });
        expect(res.json().error.message).toMatch(/^password is too easy to guess\./);
      }
      const change = await owner.send('POST', '/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'qwertyuiop12' });
      expect(change.statusCode).toBe(400);
      expect(change.json().error).toMatchObject({ field: 'newPassword', message: expect.stringMatching(/^newPassword is too easy to guess/) });
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
    it('needs the current password, then ends every session and gives this browser a new one (token rotated)', async () => {
      const a = await Client.registered(t.app);
      const b = new Client(t.app);
      await b.send('POST', '/api/v1/auth/login', { email: a.email, password: TEST_PASSWORD });
      expect((await b.send('GET', '/api/v1/me')).statusCode).toBe(200);

      const wrong = await a.send('POST', '/api/v1/auth/password', { currentPassword: 'not the password', newPassword: 'a brand new passphrase' });
      expect(wrong.statusCode).toBe(403);
      expect(wrong.json().error).toMatchObject({ code: 'wrong_password', field: 'currentPassword' });
      expect((await b.send('GET', '/api/v1/me')).statusCode).toBe(200);

      const [oldCookie, oldCsrf] = [a.cookie, a.csrf];
      const ok = await a.send('POST', '/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toEqual({ user: expect.objectContaining({ id: a.userId }), csrfToken: expect.any(String) });
      expect(a.cookie).not.toBe(oldCookie);
      expect(a.csrf).not.toBe(oldCsrf);
      expect((await a.send('GET', '/api/v1/me')).statusCode).toBe(200);
      expect((await b.send('GET', '/api/v1/me')).statusCode).toBe(401);
      // The token from before the change is worth nothing now.
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', cookies: { ksnav_session: oldCookie! } })).statusCode).toBe(401);

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

// A clock the tests move: it starts 10 s into its minute.
const clock = { now: new Date('2026-01-01T10:00:10Z') };
const later = (seconds: number) => { clock.now = new Date(clock.now.getTime() + seconds * 1000); };
const limitedOptions = { authRateLimit: { max: 3, windowSeconds: 60 }, clock: () => clock.now };

describeApi('sign-in throttling', (t) => {
  const login = (email: string, password: string, address: string, cookie?: string) => t.app.inject({
    method: 'POST', url: '/api/v1/auth/login', remoteAddress: address, payload: { email, password }, ...(cookie ? { headers: { cookie } } : {}),
  });
  const deviceCookie = (res: Awaited<ReturnType<typeof login>>) => {
    const device = res.cookies.find((c) => c.name === 'ksnav_device');
    return device ? `ksnav_device=${device.value}` : undefined;
  };

  it('counts failures only: the owner signs in as often as they like', async () => {
    const owner = await Client.registered(t.app);
    for (let i = 0; i < 12; i++) expect((await login(owner.email!, TEST_PASSWORD, '10.7.0.1')).statusCode).toBe(200);
  });

  it('slows guesses at one account with a short delay that doubles, never a block, from any address', async () => {
    const owner = await Client.registered(t.app);
    for (let i = 0; i < 5; i++) expect((await login(owner.email!, 'wrong password!', `10.0.0.${i + 1}`)).statusCode).toBe(401);
    const held = await login(owner.email!, 'wrong password!', '10.0.0.9');
    expect(held.statusCode).toBe(429);
    expect(held.json().error.code).toBe('rate_limited');
    expect(held.headers['retry-after']).toBe('1');
    later(1);
    expect((await login(owner.email!, 'wrong password!', '10.0.0.10')).statusCode).toBe(401);
    expect((await login(owner.email!, TEST_PASSWORD, '10.0.0.11')).headers['retry-after']).toBe('2');
    // However long the guessing goes on, the wait stays short.
    for (let i = 0; i < 20; i++) {
      later(60);
      expect((await login(owner.email!, 'wrong password!', `10.0.1.${i + 1}`)).statusCode).toBe(401);
    }
    expect(Number((await login(owner.email!, TEST_PASSWORD, '10.0.2.1')).headers['retry-after'])).toBeLessThanOrEqual(60);
    later(60);
    expect((await login(owner.email!, TEST_PASSWORD, '10.0.2.2')).statusCode).toBe(200);
    // The success cleared the account's failures.
    expect((await login(owner.email!, 'wrong password!', '10.0.2.3')).statusCode).toBe(401);
  });

  it('lets the owner in at once from a browser that signed in before, whatever an attacker did', async () => {
    const owner = await Client.registered(t.app);
    const first = await login(owner.email!, TEST_PASSWORD, '10.3.0.1');
    const cookie = deviceCookie(first);
    expect(cookie).toBeDefined();
    expect(first.cookies.find((c) => c.name === 'ksnav_device')).toMatchObject({ httpOnly: true, path: '/api/v1/auth', sameSite: 'Lax' });
    for (let i = 0; i < 30; i++) expect([401, 429]).toContain((await login(owner.email!, `guess number ${i}`, `10.4.${i}.1`)).statusCode);
    expect((await login(owner.email!, TEST_PASSWORD, '10.4.99.1')).statusCode).toBe(429);
    expect((await login(owner.email!, TEST_PASSWORD, '10.4.99.1', cookie)).statusCode).toBe(200);
    // The device cookie is worth nothing for another account.
    const other = await Client.registered(t.app);
    for (let i = 0; i < 6; i++) await login(other.email!, 'wrong password!', `10.5.${i}.1`);
    expect((await login(other.email!, TEST_PASSWORD, '10.5.9.1', cookie)).statusCode).toBe(429);
  });

  it('allows a few failures per address, then answers 429 until the window ends', async () => {
    for (let i = 0; i < 3; i++) expect((await login(uniqueEmail(), 'wrong password!', '10.6.0.1')).statusCode).toBe(401);
    const limited = await login(uniqueEmail(), 'wrong password!', '10.6.0.1');
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await login(uniqueEmail(), 'wrong password!', '10.6.0.2')).statusCode).toBe(401);

    // A second app on the same database shares the counts.
    const other = await buildApp(testAppOptions(t.store, limitedOptions));
    try {
      const res = await other.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress: '10.6.0.1', payload: { email: uniqueEmail(), password: 'x' } });
      expect(res.statusCode).toBe(429);
    } finally {
      await other.close();
    }
  });

  it('limits registration too', async () => {
    const register = () => t.app.inject({ method: 'POST', url: '/api/v1/auth/register', remoteAddress: '10.9.0.1', payload: { email: uniqueEmail(), password: TEST_PASSWORD } });
    for (let i = 0; i < 3; i++) expect((await register()).statusCode).toBe(202);
    expect((await register()).statusCode).toBe(429);
  });
}, limitedOptions);

describeApi('cookies behind an HTTPS proxy', (t) => {
  it('marks the cookie Secure and sends HSTS when the proxy says https', async () => {
    const email = uniqueEmail();
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { email, password: TEST_PASSWORD } });
    const res = await t.app.inject({
      method: 'POST', url: '/api/v1/auth/login', headers: { 'x-forwarded-proto': 'https' }, payload: { email, password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    expect(res.cookies.find((c) => c.name === 'ksnav_session')?.secure).toBe(true);
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    const plain = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });
}, { trustProxy: 1 });
