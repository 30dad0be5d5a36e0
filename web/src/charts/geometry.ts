/**
 * Chart geometry, kept apart from drawing so it can be tested: scales from data to the SVG box
 * and polyline paths that break at missing values instead of inventing them.
 */

export interface Box {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Point {
  x: number;
  y: number | null;
}

export interface Scale {
  (value: number): number;
}

/** A linear scale from [d0, d1] to [r0, r1]; a flat domain maps to the middle of the range. */
export function linear(d0: number, d1: number, r0: number, r1: number): Scale {
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The SVG path of a series: `M` starts each run of known values, `L` joins within a run; a null
 * ends the run. Also returns the plotted points (for markers).
 */
export function linePath(points: readonly Point[], x: Scale, y: Scale): { d: string; dots: { cx: number; cy: number }[] } {
  let d = '';
  let drawing = false;
  const dots: { cx: number; cy: number }[] = [];
  for (const p of points) {
    if (p.y === null) {
      drawing = false;
      continue;
    }
    const cx = round(x(p.x));
    const cy = round(y(p.y));
    d += `${drawing ? 'L' : 'M'}${cx} ${cy}`;
    drawing = true;
    dots.push({ cx, cy });
  }
  return { d, dots };
}

/** Tick values on the x axis: at most `max`, evenly spread over whole numbers, ends included. */
export function ticks(from: number, to: number, max: number): number[] {
  if (to <= from) return [from];
  const span = to - from;
  const step = Math.max(1, Math.ceil(span / Math.max(1, max - 1)));
  const out: number[] = [];
  for (let v = from; v < to; v += step) out.push(v);
  if (out[out.length - 1] !== to) {
    // Avoid a last tick crowding the end one.
    if (out.length > 1 && to - out[out.length - 1]! <= step / 2) out.pop();
    out.push(to);
  }
  return out;
}
