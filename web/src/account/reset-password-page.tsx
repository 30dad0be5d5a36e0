/**
 * /account/reset#token=…: setting a new password with the one-time link the person who runs the
 * service made for you (`ksnav reset-link`). The token stays in the address's fragment, so it
 * is never sent to the server except in the request that uses it.
 */
import { useState } from 'preact/hooks';
import { PageHeading, useTitle } from '../components/page-heading.js';
import { navigate } from '../router.js';
import { resetPassword } from './session.js';

function tokenFromHash(): string {
  return new URLSearchParams(location.hash.slice(1)).get('token') ?? '';
}

export function ResetPasswordPage() {
  useTitle('Set a new password');
  const [token] = useState(tokenFromHash);
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field: 'password' | 'again' | 'token'; message: string } | null>(null);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (password.length < 10) {
      setError({ field: 'password', message: 'Your new password needs at least 10 characters. A few words together make a strong one.' });
      document.getElementById('reset-password')?.focus();
      return;
    }
    if (password !== again) {
      setError({ field: 'again', message: 'The two passwords are not the same. Type the new password again.' });
      document.getElementById('reset-again')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await resetPassword(token, password);
      history.replaceState(null, '', '/account/reset');
      navigate('/account?reset=done', { replace: true });
    } catch (e) {
      setError({ field: 'token', message: (e as Error).message });
      setBusy(false);
    }
  }

  if (!token) {
    return (
      <>
        <PageHeading>Set a new password</PageHeading>
        <p class="notice notice-warning" role="alert">
          This page needs the whole reset link. Open the link you were given again, or ask the person who runs this service for a new one.
        </p>
        <p>
          <a href="/account">Back to sign in</a>
        </p>
      </>
    );
  }

  return (
    <>
      <PageHeading>Set a new password</PageHeading>
      <p>Choose a new password for your account. This link works once. Afterwards you are signed in, and signed out everywhere else.</p>
      <form class="auth-form" onSubmit={(e) => void submit(e)} noValidate>
        <p class="field">
          <label for="reset-password">New password</label>
          <span class="hint" id="reset-password-hint">At least 10 characters. A few words together make a strong password.</span>
          <input id="reset-password" class="input" type="password" autoComplete="new-password" required value={password}
            aria-invalid={error?.field === 'password' || undefined} aria-describedby="reset-password-hint reset-error"
            onInput={(e) => setPassword((e.target as HTMLInputElement).value)} />
        </p>
        <p class="field">
          <label for="reset-again">The new password again</label>
          <input id="reset-again" class="input" type="password" autoComplete="new-password" required value={again}
            aria-invalid={error?.field === 'again' || undefined} aria-describedby="reset-error"
            onInput={(e) => setAgain((e.target as HTMLInputElement).value)} />
        </p>
        <p id="reset-error" class="error-message" aria-live="assertive">
          {error?.message ?? ''}
        </p>
        <button type="submit" class="button button-primary" disabled={busy}>
          {busy ? 'Please wait…' : 'Set the new password'}
        </button>
      </form>
      {error?.field === 'token' && (
        <p>
          <a href="/account">Back to sign in</a>
        </p>
      )}
    </>
  );
}
