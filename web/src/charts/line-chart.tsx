/**
 * A small SVG line chart: dates across, a fixed scale up. Series differ by colour, dash pattern
 * and marker shape, and the legend names them; days when a warning sign was reported are marked
 * with a red dashed line and a warning triangle; a table of the same numbers follows for anyone
 * who cannot see the chart.
 */
import { linear, linePath, ticks, type Point } from './geometry.js';

export interface ChartSeries {
  id: string;
  label: string;
  points: Point[];
}

const BOX = { width: 320, height: 180, right: 12, top: 10, bottom: 30 };
const MARKERS = ['circle', 'square', 'diamond'] as const;

function Marker({ shape, cx, cy }: { shape: (typeof MARKERS)[number]; cx: number; cy: number }) {
  if (shape === 'square') return <rect x={cx - 3.5} y={cy - 3.5} width="7" height="7" />;
  if (shape === 'diamond') return <path d={`M${cx} ${cy - 4.5}L${cx + 4.5} ${cy}L${cx} ${cy + 4.5}L${cx - 4.5} ${cy}Z`} />;
  return <circle cx={cx} cy={cy} r="3.5" />;
}

export function LineChart(props: {
  id: string;
  title: string;
  description: string;
  series: ChartSeries[];
  yMin: number;
  yMax: number;
  /** Words for scale values (for example 0 → "none"); numbers otherwise. */
  yLabels?: Record<number, string>;
  yTicks: number[];
  /** Words for an x value (a day since onset → "3 May"); the number otherwise. */
  xLabel?: (x: number) => string;
  /** The axis title under the dates. */
  xTitle?: string;
  /** x values (days) on which a warning sign was reported. */
  marks?: readonly number[];
  /** A band across the chart (the change too small to notice around a starting score), named in the legend. */
  band?: { low: number; high: number; label: string };
}) {
  const xText = (v: number) => props.xLabel?.(v) ?? String(v);
  const marks = props.marks ?? [];
  const xs = props.series.flatMap((s) => s.points.map((p) => p.x));
  const xMin = xs.length > 0 ? Math.min(...xs) : 0;
  const xMax = xs.length > 0 ? Math.max(...xs) : 1;
  const label = (v: number) => props.yLabels?.[v] ?? String(v);
  // Room on the left for the longest scale label (about 6 units a character at 10 px).
  const left = Math.max(26, 8 + 6 * Math.max(...props.yTicks.map((t) => label(t).length)));
  // A little air at both ends so the first and last points are not on the frame.
  const pad = (BOX.width - BOX.right - left) * 0.04;
  const x = linear(xMin, xMax, left + pad, BOX.width - BOX.right - pad);
  const y = linear(props.yMin, props.yMax, BOX.height - BOX.bottom, BOX.top);
  const days = [...new Set(xs)].sort((a, b) => a - b);

  return (
    <figure class="chart" data-chart={props.id}>
      <figcaption>
        <h3 class="chart-title" id={`${props.id}-title`}>
          {props.title}
        </h3>
        {(props.series.length > 1 || marks.length > 0 || props.band) && (
          <ul class="legend">
            {/* One series beside a band needs no key of its own: the title names it. */}
            {(props.series.length > 1 || marks.length > 0 || !props.band) && props.series.map((s, i) => (
              <li key={s.id} class={`legend-item series-${i}`}>
                <svg width="34" height="12" viewBox="0 0 34 12" aria-hidden="true" focusable="false">
                  <path d="M1 6H33" class={`series-line series-${i}`} />
                  <g class={`series-dot series-${i}`}>
                    <Marker shape={MARKERS[i % MARKERS.length]!} cx={17} cy={6} />
                  </g>
                </svg>
                {s.label}
              </li>
            ))}
            {props.band && (
              <li class="legend-item legend-band">
                <svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true" focusable="false">
                  <rect x="1" y="1" width="32" height="12" class="band-area" />
                </svg>
                {props.band.label}
              </li>
            )}
            {marks.length > 0 && (
              <li class="legend-item legend-warning">
                <svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true" focusable="false">
                  <path d="M17 1 25 13H9Z" class="warning-mark" />
                </svg>
                Warning sign reported
              </li>
            )}
          </ul>
        )}
      </figcaption>
      <svg class="chart-svg" width={BOX.width} height={BOX.height} viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-labelledby={`${props.id}-title ${props.id}-desc`}>
        <desc id={`${props.id}-desc`}>{props.description}</desc>
        <g class="chart-grid" aria-hidden="true">
          {props.yTicks.map((t) => (
            <g key={t}>
              <line x1={left} x2={BOX.width - BOX.right} y1={y(t)} y2={y(t)} />
              <text x={left - 5} y={y(t) + 4} text-anchor="end">
                {label(t)}
              </text>
            </g>
          ))}
          {ticks(xMin, xMax, props.xLabel ? 4 : 6).map((t) => (
            <text key={t} x={x(t)} y={BOX.height - BOX.bottom + 15} text-anchor="middle">
              {xText(t)}
            </text>
          ))}
          <text x={(left + BOX.width - BOX.right) / 2} y={BOX.height - 3} text-anchor="middle" class="axis-label">
            {props.xTitle ?? 'days since the pain began'}
          </text>
        </g>
        {props.band && (
          <rect
            class="band-area"
            data-band={`${props.band.low}-${props.band.high}`}
            aria-hidden="true"
            x={left}
            width={BOX.width - BOX.right - left}
            y={y(props.band.high)}
            height={Math.max(1, y(props.band.low) - y(props.band.high))}
          />
        )}
        <g class="chart-marks" aria-hidden="true">
          {marks.map((m) => (
            <g key={m} class="warning-day" data-day={m}>
              <line x1={x(m)} x2={x(m)} y1={BOX.top + 6} y2={BOX.height - BOX.bottom} class="warning-line" />
              <path d={`M${x(m)} ${BOX.top - 4}L${x(m) + 6} ${BOX.top + 6}H${x(m) - 6}Z`} class="warning-mark" />
            </g>
          ))}
        </g>
        {props.series.map((s, i) => {
          const { d, dots } = linePath(s.points, x, y);
          return (
            <g key={s.id} class={`series series-${i}`} data-series={s.id}>
              <path d={d} class={`series-line series-${i}`} />
              <g class={`series-dot series-${i}`}>
                {dots.map((p) => (
                  <Marker key={`${p.cx},${p.cy}`} shape={MARKERS[i % MARKERS.length]!} cx={p.cx} cy={p.cy} />
                ))}
              </g>
            </g>
          );
        })}
      </svg>
      <details class="chart-table">
        <summary>
          Show the numbers<span class="visually-hidden"> for {props.title}</span>
        </summary>
        <table>
          <caption class="visually-hidden">{props.title}</caption>
          <thead>
            <tr>
              <th scope="col">{props.xLabel ? 'Date' : 'Day'}</th>
              {props.series.map((s) => (
                <th key={s.id} scope="col">
                  {s.label}
                </th>
              ))}
              {marks.length > 0 && <th scope="col">Warning sign</th>}
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day}>
                <th scope="row">{xText(day)}</th>
                {props.series.map((s) => {
                  const v = s.points.find((p) => p.x === day)?.y;
                  return <td key={s.id}>{v === null || v === undefined ? '–' : label(v)}</td>;
                })}
                {marks.length > 0 && <td>{marks.includes(day) ? 'Warning sign' : ''}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
