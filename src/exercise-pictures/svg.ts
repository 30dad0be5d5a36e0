/**
 * A frame of an exercise picture as SVG markup: presentation attributes only (no style
 * attributes), so it renders under the app's strict Content Security Policy, in print and in any
 * SVG viewer. `role="img"` with a title carries the text alternative.
 */
import type { Frame, Shape } from './drawing.js';

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
const pts = (points: readonly { x: number; y: number }[]) => points.map((p) => `${p.x},${p.y}`).join(' ');
const opacity = (o?: number) => (o === undefined ? '' : ` opacity="${o}"`);

export function shapeToSvg(s: Shape): string {
  switch (s.kind) {
    case 'line':
      return `<polyline points="${pts(s.points)}" fill="none" stroke="${s.colour}" stroke-width="${s.width}" stroke-linecap="round" stroke-linejoin="round"${opacity(s.opacity)}/>`;
    case 'circle':
      return `<circle cx="${s.centre.x}" cy="${s.centre.y}" r="${s.radius}" fill="${s.fill}"${s.stroke ? ` stroke="${s.stroke}" stroke-width="${s.width ?? 1}"` : ''}${opacity(s.opacity)}/>`;
    case 'polygon':
      return `<polygon points="${pts(s.points)}" fill="${s.fill}"${s.stroke ? ` stroke="${s.stroke}" stroke-width="${s.width ?? 1}" stroke-linejoin="round"` : ''}${opacity(s.opacity)}/>`;
  }
}

export function viewBoxAttribute(frame: Frame): string {
  const v = frame.viewBox;
  return `${v.x} ${v.y} ${v.width} ${v.height}`;
}

/** A standalone SVG document of the frame; `title` is its text alternative. */
export function frameToSvg(frame: Frame, title: string, options: { width?: number } = {}): string {
  const v = frame.viewBox;
  const width = options.width ?? Math.round(v.width * 2);
  const height = Math.round((width * v.height) / v.width);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBoxAttribute(frame)}" width="${width}" height="${height}" role="img"><title>${escapeXml(title)}</title>${frame.shapes.map(shapeToSvg).join('')}</svg>`;
}
