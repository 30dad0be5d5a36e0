/**
 * A signed-in person over real HTTP: registers, then signs in (registration itself does not sign
 * in, so that it cannot tell whether an email already has an account), and returns the headers
 * a browser would send: the session cookie and the CSRF token.
 */
import { TEST_PASSWORD, uniqueEmail } from '../../../src/server/__fixtures__/test-app.js';
import { rawRequest } from './http.js';

export interface SignedIn {
  email: string;
  userId: string;
  headers: { cookie: string; 'x-csrf-token': string };
}

export async function signUp(url: string, email = uniqueEmail(), password = TEST_PASSWORD): Promise<SignedIn> {
  const json = { 'content-type': 'application/json' };
  const registered = await rawRequest(url, { method: 'POST', path: '/api/v1/auth/register', headers: json, body: JSON.stringify({ email, password }) });
  if (registered.status >= 300) throw new Error(`register failed: ${registered.status} ${registered.body}`);
  const login = await rawRequest(url, { method: 'POST', path: '/api/v1/auth/login', headers: json, body: JSON.stringify({ email, password }) });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${login.body}`);
  const body = JSON.parse(login.body) as { csrfToken: string; user: { id: string } };
  const cookies = ([] as string[]).concat(login.headers['set-cookie'] ?? []);
  const session = cookies.find((c) => c.startsWith('ksnav_session='));
  if (!session) throw new Error('login set no session cookie');
  return { email, userId: body.user.id, headers: { cookie: session.split(';')[0]!, 'x-csrf-token': body.csrfToken } };
}
