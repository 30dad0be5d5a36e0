/**
 * Adherence: exercise sessions done each week, as bars next to the pain and function charts,
 * with a line at the target (most days) and a table of the same numbers for anyone who cannot
 * see the chart.
 */
import type { RecoverySeries } from '../api/types.js';

const BOX = { width: 320, height: 180, left: 30, right: 12, top: 10, bottom: 30 };
/** "Most days of the week": the phases' goal for exercise. */
const TARGET = 5;

export function AdherenceChart({ weeks }: { weeks: RecoverySeries['weeks'] }) {
  if (weeks.length === 0) return null;
  const yMax = Math.max(7, ...weeks.map((w) => w.sessions));
  const plotW = BOX.width - BOX.left - BOX.right;
  const plotH = BOX.height - BOX.top - BOX.bottom;
  const y = (v: number) => BOX.top + plotH - (v / yMax) * plotH;
  const slot = plotW / weeks.length;
  const bar = Math.min(28, slot * 0.7);
  const ticks = [0, Math.round(yMax / 2), yMax];
  const labelEvery = Math.ceil(weeks.length / 8);
  const total = weeks.reduce((s, w) => s + w.sessions, 0);
  return (
    <figure class="chart adherence-chart" data-chart="adherence">
      <figcaption>
        <h3 class="chart-title" id="chart-adherence-title">
          Exercise sessions each week
        </h3>
      </figcaption>
      <svg class="chart-svg" width={BOX.width} height={BOX.height} viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-labelledby="chart-adherence-title chart-adherence-desc">
        <desc id="chart-adherence-desc">
          {`${total} exercise sessions over ${weeks.length} week${weeks.length === 1 ? '' : 's'}, from week ${weeks[0]!.week} to week ${weeks[weeks.length - 1]!.week}. The aim is exercise on most days, about ${TARGET} a week.`}
        </desc>
        <g class="chart-grid" aria-hidden="true">
          {ticks.map((t) => (
            <g key={t}>
              <line x1={BOX.left} x2={BOX.width - BOX.right} y1={y(t)} y2={y(t)} />
              <text x={BOX.left - 5} y={y(t) + 4} text-anchor="end">
                {t}
              </text>
            </g>
          ))}
          {weeks.map((w, i) => (i % labelEvery === 0 ? (
            <text key={w.week} x={BOX.left + slot * (i + 0.5)} y={BOX.height - BOX.bottom + 15} text-anchor="middle">
              {w.week}
            </text>
          ) : null))}
          <text x={(BOX.left + BOX.width - BOX.right) / 2} y={BOX.height - 3} text-anchor="middle" class="axis-label">
            week of your recovery
          </text>
        </g>
        <line class="adherence-target" x1={BOX.left} x2={BOX.width - BOX.right} y1={y(TARGET)} y2={y(TARGET)} aria-hidden="true" />
        <g class="adherence-bars">
          {weeks.map((w, i) => (
            <rect key={w.week} data-week={w.week} x={BOX.left + slot * (i + 0.5) - bar / 2} y={y(w.sessions)} width={bar} height={Math.max(0, y(0) - y(w.sessions))} rx="2" />
          ))}
        </g>
      </svg>
      <p class="hint">The dashed line is the aim: exercise on most days.</p>
      <details class="chart-table">
        <summary>
          Show the numbers<span class="visually-hidden"> for exercise sessions each week</span>
        </summary>
        <table>
          <caption class="visually-hidden">Exercise sessions each week</caption>
          <thead>
            <tr>
              <th scope="col">Week</th>
              <th scope="col">Sessions</th>
              <th scope="col">Guided</th>
              <th scope="col">Days</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.week}>
                <th scope="row">{w.week}</th>
                <td>{w.sessions}</td>
                <td>{w.guidedSessions}</td>
                <td>{w.exerciseDays}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
