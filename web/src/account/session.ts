/**
 * The signed-in person: one shared record of who (if anyone) is signed in, with the CSRF token
 * handed to the API client. Components subscribe with useSession().
 */
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, setCsrfToken } from '../api/client.js';
import type { Me } from '../api/types.js';

type SessionState = { status: 'unknown' } | { status: 'signed_out' } | { status: 'signed_in'; me: Me };

let state: SessionState = { status: 'unknown' };
let loading: Promise<SessionState> | null = null;
const listeners = new Set<(s: SessionState) => void>();

function set(next: SessionState): SessionState {
  state = next;
  setCsrfToken(next.status === 'signed_in' ? next.me.csrfToken : null);
  for (const listener of listeners) listener(next);
  return next;
}


/** Asks the server who is signed in (once; `force` asks again). */
export function loadSession(force = false): Promise<SessionState> {
  if (!force && state.status !== 'unknown') return Promise.resolve(state);
  if (!force && loading) return loading;
  loading = api<Me>('GET', '/api/v1/me')
    .then((me) => set({ status: 'signed_in', me }))
    .catch((error: unknown) => {
      if (error instanceof ApiError && (error.status === 401 || error.status === 403 || error.status === 404)) return set({ status: 'signed_out' });
      throw error;
    })
    .finally(() => {
      loading = null;
    });
  return loading;
}

/**
 * Registration signs no one in and answers alike for a new email and a taken one (so it does not
 * reveal who has an account): sign in next with the same details.
 */
export async function register(email: string, password: string): Promise<Me> {
  await api('POST', '/api/v1/auth/register', { email, password });
  try {
    return await signIn(email, password);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      throw new ApiError(401, error.code, 'This email may already have an account: sign in with its password instead.');
    }
    throw error;
  }
}

export async function signIn(email: string, password: string): Promise<Me> {
  const me = await api<Me>('POST', '/api/v1/auth/login', { email, password });
  set({ status: 'signed_in', me });
  return me;
}

/** Sets a new password with a reset link's token; signs in. */
export async function resetPassword(token: string, newPassword: string): Promise<Me> {
  const me = await api<Me>('POST', '/api/v1/auth/reset', { token, newPassword });
  set({ status: 'signed_in', me });
  return me;
}

export async function signOut(): Promise<void> {
  try {
    await api('POST', '/api/v1/auth/logout');
  } finally {
    set({ status: 'signed_out' });
  }
}

/** Forgets the session locally (after the account was deleted). */
export function forgetSession(): void {
  set({ status: 'signed_out' });
}

/** The session state, loading it on first use. */
export function useSession(): { state: SessionState; error: string | null; retry(): void } {
  const [current, setCurrent] = useState<SessionState>(state);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    listeners.add(setCurrent);
    loadSession(attempt > 0)
      .then(setCurrent)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    return () => {
      listeners.delete(setCurrent);
    };
  }, [attempt]);
  return { state: current, error, retry: () => { setError(null); setAttempt((a) => a + 1); } };
}
