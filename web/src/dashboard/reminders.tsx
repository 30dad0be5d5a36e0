/**
 * Reminders without a third party: the person picks times, and gets a private calendar address
 * to subscribe to in their own calendar app. The address is shown once; making a new one or
 * turning reminders off makes the old one stop working.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CalendarFeed, CalendarFeedSettings, Weekday } from '../api/types.js';
import { recoveryApi } from './recovery-api.js';

const DAYS: { value: Weekday; label: string }[] = [
  { value: 'monday', label: 'Monday' }, { value: 'tuesday', label: 'Tuesday' }, { value: 'wednesday', label: 'Wednesday' },
  { value: 'thursday', label: 'Thursday' }, { value: 'friday', label: 'Friday' }, { value: 'saturday', label: 'Saturday' }, { value: 'sunday', label: 'Sunday' },
];

function localTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export function Reminders({ recoveryId }: { recoveryId: string }) {
  const [existing, setExisting] = useState<CalendarFeed | null | undefined>(undefined);
  const [made, setMade] = useState<CalendarFeed | null>(null);
  const [checkIn, setCheckIn] = useState('08:30');
  const [session, setSession] = useState('18:00');
  const [weekly, setWeekly] = useState<Weekday | ''>('monday');
  const [showExercises, setShowExercises] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  useEffect(() => {
    recoveryApi.calendarFeed(recoveryId).then(setExisting).catch(() => setExisting(null));
  }, [recoveryId]);

  async function make(event: Event) {
    event.preventDefault();
    const settings: CalendarFeedSettings = {
      timeZone: localTimeZone(),
      ...(checkIn ? { checkInTime: checkIn } : {}),
      sessionTimes: session ? [session] : [],
      ...(weekly ? { weeklyMeasures: { day: weekly, time: '19:00' } } : {}),
      showExercises,
    };
    setBusy(true);
    setMessage('');
    try {
      const feed = await recoveryApi.makeCalendarFeed(recoveryId, settings);
      setMade(feed);
      setExisting(feed);
      setMessage('Your calendar address is ready below.');
    } catch (e) {
      setMessage((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  async function revoke() {
    setBusy(true);
    try {
      await recoveryApi.revokeCalendarFeed(recoveryId);
      setExisting(null);
      setMade(null);
      setMessage('Reminders are off. The old calendar address no longer works.');
    } catch (e) {
      setMessage((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="reminders">
      <p>
        Add reminders to the calendar you already use (phone, Google, Outlook, Apple). Nothing about your health is in them unless you choose to show
        your exercises. No other company is involved.
      </p>
      {existing && !made && (
        <p class="saved-note" data-feed="on">
          Reminders are on since {existing.createdAt.slice(0, 10)}. To see the address again, make a new one (the old one then stops working).
        </p>
      )}
      <form class="reminder-form" onSubmit={(e) => void make(e)}>
        <p class="field field-inline">
          <label for="rem-checkin">Daily check-in at</label>
          <input id="rem-checkin" class="input" type="time" value={checkIn} onInput={(e) => setCheckIn((e.target as HTMLInputElement).value)} />
        </p>
        <p class="field field-inline">
          <label for="rem-session">Exercise session at</label>
          <input id="rem-session" class="input" type="time" value={session} onInput={(e) => setSession((e.target as HTMLInputElement).value)} />
        </p>
        <p class="field field-inline">
          <label for="rem-weekly">Weekly look at your progress (7 pm)</label>
          <select id="rem-weekly" class="input input-select" value={weekly} onChange={(e) => setWeekly((e.target as HTMLSelectElement).value as Weekday | '')}>
            <option value="">No weekly reminder</option>
            {DAYS.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
        </p>
        <label class="check">
          <input type="checkbox" checked={showExercises} onChange={() => setShowExercises(!showExercises)} />
          <span>Show the names of my exercises in the session reminder</span>
        </label>
        <div class="actions">
          <button type="submit" class="button button-primary" disabled={busy}>
            {existing ? 'Make a new calendar address' : 'Make my calendar address'}
          </button>
          {existing && (
            <button type="button" class="button button-secondary" disabled={busy} onClick={() => void revoke()}>
              Turn reminders off
            </button>
          )}
        </div>
      </form>
      <p class="status" role="status">
        {message}
      </p>
      {made?.url && (
        <div class="feed-address" data-feed="made">
          <p>
            <a class="button button-primary" href={made.webcalUrl}>
              Add to my calendar
            </a>
          </p>
          <p class="field">
            <label for="rem-url">Or copy this private address into your calendar app (“subscribe to a calendar” or “add by URL”):</label>
            <input id="rem-url" class="input" type="text" readOnly value={made.url} onFocus={(e) => (e.target as HTMLInputElement).select()} />
          </p>
          <p class="hint">Keep it private: anyone with it can see your reminder times. This is the only time it is shown.</p>
        </div>
      )}
    </div>
  );
}
