/**
 * Starting a recovery: the onset date, linked to a saved assessment when there is one. Linked,
 * the onset is the one the assessment knows (the day it was made, less how long the pain had
 * lasted), unless the person has set it themselves.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Recovery, SavedAssessment } from '../api/types.js';
import { addDays, readableDate, today } from './dates.js';
import { recoveryApi } from './recovery-api.js';

/** The day the pain began, by the assessment: its date less the days the pain had lasted. */
export function onsetOf(a: SavedAssessment): string | null {
  const days = a.case.durationDays;
  if (days === undefined || !Number.isFinite(days)) return null;
  const onset = addDays(a.createdAt.slice(0, 10), -Math.floor(days));
  return onset > today() ? today() : onset;
}

export function StartRecoveryForm({ preselect, onStarted }: { preselect: string | null; onStarted(r: Recovery): void }) {
  const [onset, setOnset] = useState(today());
  // A ref, so the list arriving late does not overwrite a date typed meanwhile.
  const byHand = useRef(false);
  const [title, setTitle] = useState('');
  const [assessments, setAssessments] = useState<SavedAssessment[]>([]);
  const [link, setLink] = useState<string>(preselect ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    recoveryApi
      .assessments()
      .then((list) => {
        setAssessments(list);
        const linked = list.find((a) => a.id === preselect) ?? (preselect ? undefined : list[0]);
        if (!preselect && list[0]) setLink(list[0].id);
        const from = linked && onsetOf(linked);
        if (from && !byHand.current) setOnset(from);
      })
      .catch(() => setAssessments([]));
  }, [preselect]);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(onset)) {
      setError('Please enter the day the pain began.');
      document.getElementById('onset-date')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const recovery = await recoveryApi.create({ onsetDate: onset, ...(title.trim() ? { title: title.trim() } : {}), ...(link ? { assessmentId: link } : {}) });
      onStarted(recovery);
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  }

  return (
    <form class="start-recovery" onSubmit={(e) => void submit(e)} noValidate>
      <p class="field">
        <label for="onset-date">When did the pain begin?</label>
        <span class="hint" id="onset-hint">
          The recovery phases count from this day.{link && assessments.some((a) => a.id === link && onsetOf(a)) ? ' Filled in from your results: change it if it is wrong.' : ''}
        </span>
        <input id="onset-date" class="input" type="date" required max={today()} value={onset} aria-describedby="onset-hint"
          aria-invalid={error !== null || undefined} onInput={(e) => { byHand.current = true; setOnset((e.target as HTMLInputElement).value); }} />
      </p>
      <p class="field">
        <label for="recovery-title">Name (optional)</label>
        <input id="recovery-title" class="input" type="text" maxLength={120} placeholder="For example: right knee" value={title}
          onInput={(e) => setTitle((e.target as HTMLInputElement).value)} />
      </p>
      {assessments.length > 0 && (
        <p class="field">
          <label for="recovery-assessment">Link to saved results</label>
          <select id="recovery-assessment" class="input input-select" value={link} onChange={(e) => {
            const id = (e.target as HTMLSelectElement).value;
            setLink(id);
            const chosen = assessments.find((a) => a.id === id);
            const from = chosen && onsetOf(chosen);
            if (from && !byHand.current) setOnset(from);
          }}>
            <option value="">Do not link</option>
            {assessments.map((a) => (
              <option key={a.id} value={a.id}>
                {readableDate(a.createdAt.slice(0, 10))}: {a.assessment.triage.title}
              </option>
            ))}
          </select>
        </p>
      )}
      <p class="error-message" aria-live="assertive">
        {error ?? ''}
      </p>
      <button type="submit" class="button button-primary" disabled={busy}>
        {busy ? 'Starting…' : 'Start tracking'}
      </button>
    </form>
  );
}
