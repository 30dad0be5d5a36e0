/** The three phases of the article's programme on one line, with where the person stands. */
import type { PhaseStatus, RecoverySeries } from '../api/types.js';

const W = 320;
const H = 56;

export function PhaseTimeline({ phases, status }: { phases: RecoverySeries['phases']; status: PhaseStatus }) {
  const last = Math.max(status.programmeLastDay, ...phases.map((p) => p.lastDay), 1);
  const x = (day: number) => 4 + (Math.max(0, Math.min(day, last + 1)) / (last + 1)) * (W - 8);
  const marker = 4 + Math.max(0, Math.min(1, status.position)) * (W - 8);
  const where =
    status.state === 'before_onset'
      ? 'The recovery has not started yet.'
      : status.state === 'past_programme'
        ? `Day ${status.day}: past the three-month programme.`
        : `Day ${status.day} (week ${status.week}): ${status.title}, day ${status.dayInPhase} of this phase${status.daysLeftInPhase !== undefined ? `, ${status.daysLeftInPhase} days left in it` : ''}.`;
  return (
    <figure class="timeline" data-phase={status.phase}>
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} class="timeline-svg" role="img" aria-label={`Recovery phases: ${phases.map((p) => `${p.title}, days ${p.firstDay} to ${p.lastDay}`).join('; ')}. ${where}`}>
        {phases.map((p, i) => (
          <g key={p.id} class={`timeline-phase phase-${i}${p.id === status.phase ? ' is-current' : ''}`}>
            <rect x={x(p.firstDay)} y="8" width={Math.max(2, x(p.lastDay + 1) - x(p.firstDay) - 2)} height="16" rx="3" />
          </g>
        ))}
        <path d={`M${marker} 2 L${marker + 6} -6 L${marker - 6} -6 Z`} class="timeline-marker" transform="translate(0 8)" />
        <line x1={marker} x2={marker} y1="4" y2="28" class="timeline-marker-line" />
        {phases.map((p) => (
          <text key={p.id} x={x(p.firstDay) + 2} y="42" class="timeline-label">
            {p.title.split(':')[0]}
          </text>
        ))}
      </svg>
      <figcaption>
        <strong>{where}</strong>
        <ol class="timeline-list">
          {phases.map((p) => (
            <li key={p.id} aria-current={p.id === status.phase ? 'step' : undefined}>
              {p.title}: days {p.firstDay} to {p.lastDay}
              {p.id === status.phase && <span class="badge badge-plain">You are here</span>}
            </li>
          ))}
        </ol>
      </figcaption>
    </figure>
  );
}
