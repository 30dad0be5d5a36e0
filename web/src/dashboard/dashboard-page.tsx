/** My recovery: for a signed-in person, their recovery (or a form to start one). */
import { useEffect, useState } from 'preact/hooks';
import { useSession } from '../account/session.js';
import type { Recovery } from '../api/types.js';
import { PageHeading, useTitle } from '../components/page-heading.js';
import { readableDate } from './dates.js';
import { recoveryApi } from './recovery-api.js';
import { RecoveryView } from './recovery-view.js';
import { StartRecoveryForm } from './start-recovery-form.js';

function Recoveries() {
  const params = new URLSearchParams(location.search);
  const preselect = params.get('assessment');
  const [list, setList] = useState<Recovery[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(params.get('recovery'));
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);

  useEffect(() => {
    recoveryApi
      .list()
      .then((recoveries) => {
        setList(recoveries);
        // Arriving from saved results that no recovery follows yet: offer to start one.
        if (preselect && !recoveries.some((r) => r.assessmentId === preselect)) setStarting(true);
      })
      .catch((e: Error) => setError(e.message));
  }, []);

  if (error) return <p class="notice notice-error" role="alert">{error}</p>;
  if (!list) return <p class="loading" role="status">Loading…</p>;

  const current = list.find((r) => r.id === chosen) ?? list[0];
  if (!current || starting) {
    return (
      <section aria-labelledby="start-title">
        <h2 id="start-title">Start tracking your recovery</h2>
        <p>
          Check in once a day, and answer a few short questionnaires once a week. You will see your pain, swelling, walking and scores over time,
          where you are in the recovery phases, and alerts if something needs attention.
        </p>
        <StartRecoveryForm
          preselect={preselect}
          onStarted={(r) => {
            setList([r, ...list]);
            setChosen(r.id);
            setStarting(false);
          }}
        />
        {current && (
          <p>
            <button type="button" class="button button-link" onClick={() => setStarting(false)}>
              Back to your current recovery
            </button>
          </p>
        )}
      </section>
    );
  }

  return (
    <>
      {list.length > 1 && (
        <p class="field field-inline">
          <label for="recovery-pick">Recovery</label>
          <select id="recovery-pick" class="input input-select" value={current.id} onChange={(e) => setChosen((e.target as HTMLSelectElement).value)}>
            {list.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title ? `${r.title}, ` : ''}from {readableDate(r.onsetDate)}
              </option>
            ))}
          </select>
        </p>
      )}
      <RecoveryView key={current.id} recovery={current} />
      <p>
        <button type="button" class="button button-link" onClick={() => setStarting(true)}>
          Start tracking a new recovery
        </button>
      </p>
    </>
  );
}

export function DashboardPage() {
  useTitle('My recovery');
  const session = useSession();
  return (
    <>
      <PageHeading>My recovery</PageHeading>
      {session.error ? (
        <p class="notice notice-error" role="alert">
          {session.error}
        </p>
      ) : session.state.status === 'unknown' ? (
        <p class="loading" role="status">
          Loading…
        </p>
      ) : session.state.status === 'signed_out' ? (
        <>
          <p>Track your recovery day by day: a one-minute check-in, charts of your pain, swelling and walking, and alerts if something needs attention.</p>
          <p>
            <a class="button button-primary" href="/account">
              Sign in or create an account
            </a>
          </p>
        </>
      ) : (
        <Recoveries />
      )}
    </>
  );
}
