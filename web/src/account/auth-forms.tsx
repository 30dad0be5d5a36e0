/** Sign in and create an account: email and password, errors announced, nothing else asked. */
import { useState } from 'preact/hooks';
import { register, signIn } from './session.js';

function AuthForm({ mode }: { mode: 'sign_in' | 'register' }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = mode === 'sign_in' ? 'signin' : 'register';

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (!email.includes('@')) {
      setError('Please enter your email address, like name@example.com.');
      document.getElementById(`${id}-email`)?.focus();
      return;
    }
    if (password.length === 0) {
      setError('Please enter a password.');
      document.getElementById(`${id}-password`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      if (mode === 'sign_in') await signIn(email.trim(), password);
      else await register(email.trim(), password);
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  }

  return (
    <form class="auth-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{mode === 'sign_in' ? 'Sign in' : 'Create an account'}</h2>
      <p class="field">
        <label for={`${id}-email`}>Email address</label>
        <input id={`${id}-email`} class="input" type="email" autoComplete="email" required value={email}
          aria-invalid={error !== null || undefined} aria-describedby={`${id}-error`}
          onInput={(e) => setEmail((e.target as HTMLInputElement).value)} />
      </p>
      <p class="field">
        <label for={`${id}-password`}>Password</label>
        {mode === 'register' && <span class="hint" id={`${id}-password-hint`}>At least 10 characters. A few words together make a strong password.</span>}
        <input id={`${id}-password`} class="input" type="password" required value={password}
          autoComplete={mode === 'sign_in' ? 'current-password' : 'new-password'}
          aria-invalid={error !== null || undefined}
          aria-describedby={mode === 'register' ? `${id}-password-hint ${id}-error` : `${id}-error`}
          onInput={(e) => setPassword((e.target as HTMLInputElement).value)} />
      </p>
      <p id={`${id}-error`} class="error-message" aria-live="assertive">
        {error ?? ''}
      </p>
      <button type="submit" class="button button-primary" disabled={busy}>
        {busy ? 'Please wait…' : mode === 'sign_in' ? 'Sign in' : 'Create account'}
      </button>
      {mode === 'sign_in' && (
        <details class="forgot" id="forgotten-password">
          <summary>Forgotten your password?</summary>
          <p>
            Ask the person who runs this service (for example your clinic) for a reset link. It works once, for a day. Open it and choose a new
            password: you are then signed in.
          </p>
          <p class="hint">We send no emails, so we cannot send you a link ourselves.</p>
        </details>
      )}
    </form>
  );
}

export function AuthForms() {
  return (
    <div class="two-col">
      <AuthForm mode="sign_in" />
      <AuthForm mode="register" />
    </div>
  );
}
