/**
 * Shown the moment a warning sign needs a same-day visit: "you need to be seen today", why, and
 * whom to see, before any other question. The person can go on answering (more answers can only
 * make it more urgent, never less) or see the results now.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { InterviewStep } from '../api/types.js';
import { Icon } from '../components/icons.js';
import { PageHeading } from '../components/page-heading.js';

export function SameDayScreen(props: {
  sameDay: NonNullable<InterviewStep['sameDay']>;
  busy: boolean;
  error: string | null;
  onGoOn(): void;
  onSeeResults(): void;
}) {
  const { sameDay } = props;
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector('h1')?.focus();
  }, []);
  return (
    <section class="same-day" data-same-day-level={sameDay.level} aria-labelledby="same-day-title">
      <div class="same-day-banner" ref={box}>
        <p class="same-day-kicker">
          <Icon name="warning" /> Be seen today
        </p>
        <PageHeading>
          <span id="same-day-title">You need to be seen today</span>
        </PageHeading>
        <p class="same-day-action">{sameDay.action}</p>
      </div>

      <h2>Why</h2>
      <ul class="reason-list">
        {sameDay.because.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <h2>Whom to see</h2>
      <ul class="red-flag-list">
        {sameDay.redFlags.map((flag) => (
          <li key={flag.id} class="red-flag">
            <h3>{flag.title}</h3>
            <p>{flag.whatToDo}</p>
          </li>
        ))}
      </ul>
      {props.error && (
        <p class="error-message" role="alert">
          {props.error}
        </p>
      )}
      <div class="actions">
        <button type="button" class="button button-primary" disabled={props.busy} onClick={props.onSeeResults}>
          See my results now
        </button>
        <button type="button" class="button button-secondary" disabled={props.busy} onClick={props.onGoOn}>
          Go on answering
        </button>
      </div>
      <p class="hint">Going on cannot make this less urgent: it can only find something more urgent.</p>
    </section>
  );
}
