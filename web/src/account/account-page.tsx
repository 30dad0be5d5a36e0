/**
 * Account: sign in or register; once signed in, save this tab's results, see saved results,
 * export everything as JSON, sign out, and delete the account with all its data.
 */
import { useEffect, useState } from 'preact/hooks';
import { api, apiFile, saveBlob } from '../api/client.js';
import type { SavedAssessment } from '../api/types.js';
import { PageHeading, useTitle } from '../components/page-heading.js';
import { readableDate } from '../dashboard/dates.js';
import { recoveryApi } from '../dashboard/recovery-api.js';
import { LEVEL_LOOK } from '../results/labels.js';
import { navigate } from '../router.js';
import { loadResults, saveResults } from '../storage.js';
import { AuthForms } from './auth-forms.js';
import { forgetSession, signOut, useSession } from './session.js';

function SaveLatest({ onSaved }: { onSaved(): void }) {
  const [results, setResults] = useState(loadResults);
  const [state, setState] = useState<'idle' | 'busy' | string>('idle');
  if (!results || results.savedId) return null;
  async function save(): Promise<void> {
    if (!results) return;
    setState('busy');
    try {
      const response = await api<{ saved: { id: string } | null }>('POST', '/api/v1/assessments', results.case);
      const next = { ...results, savedId: response.saved?.id ?? null };
      saveResults(next);
      setResults(next);
      setState('idle');
      onSaved();
    } catch (e) {
      setState((e as Error).message);
    }
  }
  return (
    <section aria-labelledby="latest-title" class="callout">
      <h2 id="latest-title">Your latest results are not saved yet</h2>
      <p>
        {results.assessment.triage.title}. Save them to your account to track your recovery against them.
      </p>
      <button type="button" class="button button-primary" disabled={state === 'busy'} onClick={() => void save()}>
        {state === 'busy' ? 'Saving…' : 'Save my latest results'}
      </button>
      <p class="error-message" aria-live="assertive">
        {state !== 'idle' && state !== 'busy' ? state : ''}
      </p>
    </section>
  );
}

function SavedList() {
  const [list, setList] = useState<SavedAssessment[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    recoveryApi.assessments().then(setList).catch((e: Error) => setError(e.message));
  }, []);
  return (
    <section aria-labelledby="saved-title">
      <h2 id="saved-title">Saved results</h2>
      {error ? (
        <p class="error-message">{error}</p>
      ) : !list ? (
        <p class="loading">Loading…</p>
      ) : list.length === 0 ? (
        <p>No saved results yet. <a href="/interview">Check your pain</a>, then save the results.</p>
      ) : (
        <ul class="saved-list">
          {list.map((a) => (
            <li key={a.id}>
              <a href={`/results/${encodeURIComponent(a.id)}`}>
                {readableDate(a.createdAt.slice(0, 10))}: {a.assessment.triage.title}
              </a>{' '}
              <span class="hint">({LEVEL_LOOK[a.assessment.triage.level].label})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function DeleteAccount({ onDeleted }: { onDeleted(): void }) {
  const [open, setOpen] = useState(false);
  const [sure, setSure] = useState(false);
  const [password, setPassword] = useState('');
  const [state, setState] = useState<'idle' | 'busy' | string>('idle');
  async function remove(): Promise<void> {
    setState('busy');
    try {
      // The server asks for the password again before erasing everything.
      await api('DELETE', '/api/v1/me', { password });
      const results = loadResults();
      if (results?.savedId) saveResults({ ...results, savedId: null });
      forgetSession();
      onDeleted();
    } catch (e) {
      setState((e as Error).message);
    }
  }
  return (
    <section aria-labelledby="delete-title" class="danger-zone">
      <h2 id="delete-title">Delete your account</h2>
      <p>This deletes your account and everything in it: saved results, recoveries and check-ins. It cannot be undone.</p>
      {!open ? (
        <button type="button" class="button button-danger" onClick={() => setOpen(true)}>
          Delete my account…
        </button>
      ) : (
        <div class="confirm" role="group" aria-labelledby="confirm-title">
          <h3 id="confirm-title">Are you sure?</h3>
          <label class="check">
            <input type="checkbox" checked={sure} onChange={() => setSure(!sure)} />
            <span>I understand that all my data will be deleted for good.</span>
          </label>
          <p class="field">
            <label for="delete-password">Your password</label>
            <input id="delete-password" class="input" type="password" autoComplete="current-password" required value={password}
              onInput={(e) => setPassword((e.target as HTMLInputElement).value)} />
          </p>
          <div class="actions">
            <button type="button" class="button button-danger" disabled={!sure || password === '' || state === 'busy'} onClick={() => void remove()}>
              {state === 'busy' ? 'Deleting…' : 'Yes, delete everything'}
            </button>
            <button type="button" class="button button-link" onClick={() => { setOpen(false); setSure(false); setPassword(''); }}>
              Cancel
            </button>
          </div>
          <p class="error-message" aria-live="assertive">
            {state !== 'idle' && state !== 'busy' ? state : ''}
          </p>
        </div>
      )}
    </section>
  );
}

export function AccountPage() {
  useTitle('Your account');
  const session = useSession();
  const [message, setMessage] = useState<string | null>(() =>
    new URLSearchParams(location.search).get('reset') === 'done' ? 'Your new password is set, and you are signed in. Any other device was signed out.' : null,
  );
  const [exporting, setExporting] = useState<'idle' | 'busy' | string>('idle');
  const [savedVersion, setSavedVersion] = useState(0);

  async function exportData(): Promise<void> {
    setExporting('busy');
    try {
      const file = await apiFile('GET', '/api/v1/me/export', undefined, 'application/json');
      saveBlob(file.blob, file.filename ?? 'knee-sciatica-navigator-export.json');
      setExporting('idle');
    } catch (e) {
      setExporting((e as Error).message);
    }
  }

  const state = session.state;
  return (
    <>
      <PageHeading>Your account</PageHeading>
      {message && (
        <p class="notice notice-success" role="status">
          {message}
        </p>
      )}
      {session.error ? (
        <p class="notice notice-error" role="alert">
          {session.error}
        </p>
      ) : state.status === 'unknown' ? (
        <p class="loading" role="status">
          Loading…
        </p>
      ) : state.status === 'signed_out' ? (
        <>
          <p>You do not need an account to check your pain. An account lets you save your results and track your recovery day by day.</p>
          <AuthForms />
          <p class="hint">We keep only your email address, a scrambled form of your password, and what you choose to save. You can export or delete it all at any time.</p>
        </>
      ) : (
        <>
          <p>
            Signed in as <strong>{state.me.user.email}</strong>.
          </p>
          <SaveLatest onSaved={() => setSavedVersion((v) => v + 1)} />
          <p>
            <a class="button button-primary" href="/dashboard">
              Go to my recovery
            </a>
          </p>
          <SavedList key={savedVersion} />
          <section aria-labelledby="data-title">
            <h2 id="data-title">Your data</h2>
            <p>Download everything we hold about you as a JSON file.</p>
            <button type="button" class="button button-secondary" disabled={exporting === 'busy'} onClick={() => void exportData()}>
              {exporting === 'busy' ? 'Preparing…' : 'Export my data'}
            </button>
            <p class="error-message" aria-live="assertive">
              {exporting !== 'idle' && exporting !== 'busy' ? exporting : ''}
            </p>
          </section>
          <section aria-labelledby="signout-title">
            <h2 id="signout-title">Sign out</h2>
            <button type="button" class="button button-secondary" onClick={() => void signOut().then(() => setMessage('You are signed out.'))}>
              Sign out
            </button>
          </section>
          <DeleteAccount
            onDeleted={() => {
              setMessage('Your account and all its data were deleted.');
              navigate('/account', { replace: true });
            }}
          />
        </>
      )}
    </>
  );
}
