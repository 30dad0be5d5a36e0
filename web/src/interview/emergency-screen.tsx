/**
 * Shown the moment the answers make it an emergency, before any other question: what to do now,
 * why (the red flags and their explanation), the emergency number, then the rest if wanted.
 */
import type { InterviewStep } from '../api/types.js';
import { EmergencyNumbers } from '../components/emergency-numbers.js';
import { Icon } from '../components/icons.js';
import { PageHeading } from '../components/page-heading.js';
import { useEffect, useRef } from 'preact/hooks';

export function EmergencyScreen(props: {
  emergency: NonNullable<InterviewStep['emergency']>;
  busy: boolean;
  error: string | null;
  onSeeResults(): void;
  onChangeAnswer(): void;
}) {
  const { emergency } = props;
  const headingBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    headingBox.current?.querySelector('h1')?.focus();
  }, []);
  return (
    <section class="emergency" data-emergency-level={emergency.level} aria-labelledby="emergency-title">
      <div class="emergency-banner" ref={headingBox}>
        <p class="emergency-kicker">
          <Icon name="alarm" /> Emergency
        </p>
        <PageHeading>
          <span id="emergency-title">{emergency.title}</span>
        </PageHeading>
        <p class="emergency-action">{emergency.action}</p>
        <EmergencyNumbers />
      </div>

      <h2>Why</h2>
      <ul class="red-flag-list">
        {emergency.redFlags.map((flag) => (
          <li key={flag.id} class="red-flag">
            <h3>
              <Icon name="warning" /> {flag.title}
            </h3>
            <p>{flag.explanation}</p>
            <p>
              <strong>What to do: </strong>
              {flag.whatToDo}
            </p>
          </li>
        ))}
      </ul>
      <p>Stop here and get help first. You can read the rest of your results afterwards, or show them to the people who help you.</p>
      {props.error && (
        <p class="error-message" role="alert">
          {props.error}
        </p>
      )}
      <div class="actions">
        <button type="button" class="button button-secondary" disabled={props.busy} onClick={props.onSeeResults}>
          See the rest of the results
        </button>
        <button type="button" class="button button-link" disabled={props.busy} onClick={props.onChangeAnswer}>
          I answered by mistake: change my last answer
        </button>
      </div>
    </section>
  );
}
