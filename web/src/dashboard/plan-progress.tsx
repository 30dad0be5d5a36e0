/**
 * Why the exercise plan is where it is: its phase against the phase time allows, the latest
 * change with its reasons (moved on, or eased off after a flare), what it needs to move on, and
 * the pain-monitoring rule it follows. Earlier changes fold away.
 */
import type { RecoverySummary } from '../api/types.js';
import { readableDate } from './dates.js';

type Progression = RecoverySummary['progression'];
const PHASE_WORDS = { acute: 'settle the pain (acute)', subacute: 'move more (subacute)', rehabilitation: 'build strength (rehabilitation)' } as const;
const KIND_WORDS = { start: 'Plan started', progressed: 'Moved on', stepped_back: 'Eased off' } as const;

export function PlanProgress({ progression }: { progression: Progression }) {
  const { latest, status } = progression;
  return (
    <div class={`plan-progress plan-${status}`} data-plan-phase={progression.phase} data-plan-status={status}>
      <p class="plan-now">
        <strong>Your exercises: {PHASE_WORDS[progression.phase]}.</strong>{' '}
        {status === 'on_time' && 'This is the phase for where you are in your recovery.'}
        {status === 'held' && `By time you could be in the ${PHASE_WORDS[progression.timePhase]} phase: the plan moves on when your check-ins show you are ready.`}
        {status === 'stepped_back' && `The plan eased off to gentler exercises for a while. By time you would be in the ${PHASE_WORDS[progression.timePhase]} phase.`}
      </p>
      {latest && latest.kind !== 'start' && (
        <div class="plan-change" data-change={latest.kind}>
          <p>
            <strong>
              {KIND_WORDS[latest.kind]} on {readableDate(latest.date)}. Why:
            </strong>
          </p>
          <ul>
            {latest.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
      {progression.toMoveOn.length > 0 && (
        <div class="plan-next">
          <p>
            <strong>To move on, the plan needs:</strong>
          </p>
          <ul>
            {progression.toMoveOn.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
      <details>
        <summary>How the plan decides</summary>
        <p>{progression.rule}</p>
        {progression.changes.length > 1 && (
          <ol class="plan-history">
            {progression.changes.map((c) => (
              <li key={`${c.kind}-${c.date}`}>
                {readableDate(c.date)}: {KIND_WORDS[c.kind]}, {PHASE_WORDS[c.to]}.
              </li>
            ))}
          </ol>
        )}
      </details>
    </div>
  );
}
