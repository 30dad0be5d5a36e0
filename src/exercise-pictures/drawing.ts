/**
 * An exercise picture as a list of simple shapes (lines, circles, rectangles, paths) in SVG
 * coordinates, so one drawing serves the web (inline SVG, animated), print and the PDF (pdfkit
 * draws the same shapes). Pure: a position in, shapes out.
 *
 * The figure is a pictogram: the limbs on the far side light, the near side dark, the muscles
 * that work or stretch in orange, and in the end position a faint ghost of the start and arrows
 * along the path of the parts that move.
 */
import type { BodyPart, BodyPoint, ExercisePicture, Pose, Prop } from '../knowledge/exercise-poses.js';
import { BODY, blendPoses, bodyPoints, dir, type BodyPoints, type Point } from './body.js';

export type Shape =
  | { kind: 'line'; points: readonly Point[]; width: number; colour: string; opacity?: number }
  | { kind: 'circle'; centre: Point; radius: number; fill: string; stroke?: string; width?: number; opacity?: number }
  | { kind: 'polygon'; points: readonly Point[]; fill: string; stroke?: string; width?: number; opacity?: number };

export interface ViewBox { x: number; y: number; width: number; height: number }

export interface Frame {
  viewBox: ViewBox;
  shapes: Shape[];
}

export const COLOURS = {
  near: '#1c4f8c',
  far: '#8fb0d6',
  effort: '#e8590c',
  effortFar: '#f4a97c',
  ghost: '#d5dbe3',
  prop: '#7b8794',
  propFill: '#e7ebf0',
  mat: '#cfe3d4',
  water: '#4dabf7',
  arrow: '#212529',
  tree: '#5c940d',
} as const;

const WIDTH = { torso: 22, neck: 9, thigh: 15, shin: 11.5, upperArm: 10, forearm: 8.5, foot: 6, hand: 5 } as const;

// SVG's y runs down; the model's runs up.
const svg = (p: Point): Point => ({ x: round(p.x), y: round(-p.y) });
const round = (n: number) => Math.round(n * 10) / 10;

interface Colouring { near: string; far: string; effort: string; effortFar: string; opacity?: number }
const LIVE: Colouring = { near: COLOURS.near, far: COLOURS.far, effort: COLOURS.effort, effortFar: COLOURS.effortFar };
const GHOST: Colouring = { near: COLOURS.ghost, far: COLOURS.ghost, effort: COLOURS.ghost, effortFar: COLOURS.ghost };

function line(points: Point[], width: number, colour: string, opacity?: number): Shape {
  return { kind: 'line', points: points.map(svg), width, colour, ...(opacity !== undefined ? { opacity } : {}) };
}

function limbShapes(b: BodyPoints, side: 'near' | 'far', effort: readonly BodyPart[], c: Colouring): { leg: Shape[]; arm: Shape[] } {
  const base = side === 'near' ? c.near : c.far;
  const hot = side === 'near' ? c.effort : c.effortFar;
  const thighHot = effort.includes(side === 'near' ? 'nearThigh' : 'farThigh');
  const shinHot = side === 'near' && (effort.includes('nearShin') || effort.includes('nearCalf'));
  const hip = b.hip, knee = b[`${side}Knee`], ankle = b[`${side}Ankle`], heel = b[`${side}Heel`], toe = b[`${side}Toe`];
  const leg: Shape[] = [
    line([hip, knee], WIDTH.thigh, thighHot ? hot : base),
    line([knee, ankle], WIDTH.shin, shinHot ? hot : base),
    { kind: 'polygon', points: [ankle, heel, toe].map(svg), fill: base, stroke: base, width: WIDTH.foot },
  ];
  const shoulder = b.shoulder, elbow = b[`${side}Elbow`], hand = b[`${side}Hand`];
  const arm: Shape[] = [
    line([shoulder, elbow], WIDTH.upperArm, base),
    line([elbow, hand], WIDTH.forearm, base),
    { kind: 'circle', centre: svg(hand), radius: WIDTH.hand, fill: base },
  ];
  return { leg, arm };
}

function figureShapes(pose: Pose, c: Colouring): Shape[] {
  const b = bodyPoints(pose);
  const effort = pose.effort ?? [];
  const near = limbShapes(b, 'near', effort, c);
  const far = limbShapes(b, 'far', effort, c);
  const trunkHot = effort.includes('trunk');
  const shapes: Shape[] = [
    ...far.arm,
    ...far.leg,
    line([b.neck, b.head], WIDTH.neck, c.near),
    line([b.hip, b.midBack, b.neck], WIDTH.torso, c.near),
  ];
  if (trunkHot) shapes.push(line([b.hip, b.midBack], WIDTH.torso - 10, c.effort));
  if (effort.includes('buttocks')) {
    const back = dir(180 - pose.trunk - 90);
    shapes.push({ kind: 'circle', centre: svg({ x: b.hip.x + back.x * 5, y: b.hip.y + back.y * 5 }), radius: 8, fill: c.effort });
  }
  shapes.push({ kind: 'circle', centre: svg(b.head), radius: BODY.headRadius, fill: c.near });
  shapes.push(...near.leg, ...near.arm);
  return shapes;
}

// Props --------------------------------------------------------------------------------------------

function rect(x0: number, y0: number, x1: number, y1: number, fill: string, stroke?: string, width?: number): Shape {
  const pts = [{ x: x0, y: y0 }, { x: x1, y: y0 }, { x: x1, y: y1 }, { x: x0, y: y1 }].map(svg);
  return { kind: 'polygon', points: pts, fill, ...(stroke ? { stroke, width: width ?? 2 } : {}) };
}

function propShapes(prop: Prop, b: BodyPoints, span: { from: number; to: number }): { behind: Shape[]; front: Shape[] } {
  const P = COLOURS.prop;
  switch (prop.kind) {
    case 'floor':
      return { behind: [line([{ x: span.from, y: -1 }, { x: span.to, y: -1 }], 2, P)], front: [] };
    case 'mat':
      return { behind: [rect(prop.from, 0, prop.to, 2.5, COLOURS.mat)], front: [] };
    case 'floorPlane': {
      const skew = (prop.far - prop.near) * 0.6;
      return { behind: [{ kind: 'polygon', points: [{ x: prop.from, y: prop.near }, { x: prop.to, y: prop.near }, { x: prop.to + skew, y: prop.far }, { x: prop.from + skew, y: prop.far }].map(svg), fill: COLOURS.mat, stroke: COLOURS.prop, width: 1.5 }], front: [] };
    }
    case 'cushion':
      return { behind: [rect(prop.from, 0, prop.to, prop.height, COLOURS.propFill, P, 1.5)], front: [] };
    case 'pillow':
      return { behind: [{ kind: 'polygon', points: [{ x: prop.at[0] - 16, y: 0 }, { x: prop.at[0] + 22, y: 0 }, { x: prop.at[0] - 10, y: prop.at[1] + 18 }, { x: prop.at[0] - 20, y: prop.at[1] + 10 }].map(svg), fill: COLOURS.propFill, stroke: P, width: 1.5 }], front: [] };
    case 'towel':
      return { behind: [{ kind: 'circle', centre: svg({ x: prop.at[0], y: prop.at[1] }), radius: 8, fill: '#e0a85a' }], front: [] };
    case 'chair': {
      // Seat 46 cm high and 42 deep; the back rises from the rear edge to 92 cm.
      const f = prop.facing;
      const front = prop.x + (f * 21), rear = prop.x - (f * 21);
      return {
        behind: [
          line([{ x: rear, y: 0 }, { x: rear, y: 92 }], 3.5, P),
          line([{ x: front, y: 0 }, { x: front, y: 44 }], 3.5, P),
          line([{ x: rear, y: 44 }, { x: front, y: 44 }], 5, P),
          line([{ x: rear, y: 70 }, { x: rear, y: 92 }], 6, P),
        ],
        front: [],
      };
    }
    case 'counter':
      return { behind: [rect(prop.x, 0, prop.x + 60, 90, COLOURS.propFill, P, 2), line([{ x: prop.x - 3, y: 90 }, { x: prop.x + 60, y: 90 }], 4, P)], front: [] };
    case 'step':
      return { behind: [rect(prop.from, 0, prop.to, prop.height, COLOURS.propFill, P, 2)], front: [] };
    case 'rail':
      return {
        behind: [line([{ x: prop.from, y: prop.height }, { x: prop.to, y: prop.height + 18 }], 3.5, P), line([{ x: prop.to - 6, y: 0 }, { x: prop.to - 6, y: prop.height + 16 }], 3, P)],
        front: [],
      };
    case 'bike': {
      const [sx, sy] = prop.saddle, [cx, cy] = prop.crank, [hx, hy] = prop.bars;
      return {
        behind: [
          line([{ x: cx - 40, y: 2 }, { x: cx + 50, y: 2 }], 5, P),
          { kind: 'circle', centre: svg({ x: cx + 30, y: 30 }), radius: 24, fill: COLOURS.propFill, stroke: P, width: 4 },
          line([{ x: sx - 4, y: sy - 6 }, { x: cx, y: cy }, { x: hx - 8, y: hy - 6 }], 5, P),
          line([{ x: cx, y: cy }, { x: cx, y: 2 }], 5, P),
          line([{ x: hx - 8, y: hy - 6 }, { x: hx, y: hy }], 4, P),
          line([{ x: sx - 12, y: sy }, { x: sx + 8, y: sy }], 5, P),
          { kind: 'circle', centre: svg({ x: cx, y: cy }), radius: 10, fill: COLOURS.propFill },
        ],
        front: [],
      };
    }
    case 'water': {
      const waves: Point[] = [];
      for (let x = span.from; x <= span.to; x += 10) waves.push({ x, y: prop.level + ((x / 10) % 2 === 0 ? 1.5 : -1.5) });
      return {
        behind: [],
        front: [
          { kind: 'polygon', points: [{ x: span.from, y: prop.level - 30 }, ...waves, { x: span.to, y: prop.level - 30 }].map(svg), fill: COLOURS.water, opacity: 0.3 },
          line(waves, 2, COLOURS.water),
        ],
      };
    }
    case 'stick': {
      const hand = b[`${prop.hand}Hand`];
      return { behind: [line([hand, { x: hand.x + 3, y: 0 }], 3, COLOURS.prop)], front: [] };
    }
    case 'tree':
      return {
        behind: [line([{ x: prop.x, y: 0 }, { x: prop.x, y: 70 }], 6, '#8d6e63'), { kind: 'circle', centre: svg({ x: prop.x, y: 95 }), radius: 28, fill: COLOURS.tree, opacity: 0.55 }],
        front: [],
      };
  }
}

// Frames -------------------------------------------------------------------------------------------

/** Where a moving point goes, sampled from start to end. */
function path(picture: ExercisePicture, point: BodyPoint, samples = 16): Point[] {
  const out: Point[] = [];
  for (let i = 0; i <= samples; i++) out.push(bodyPoints(blendPoses(picture.start, picture.end, i / samples))[point]);
  return out;
}

/** A line along the path with a head at its end, on a white halo so it shows over the figure. */
function arrowShapes(points: Point[]): Shape[] {
  // Leave a little room at both ends so the arrow does not hide the start and the end.
  const total = points.slice(1).reduce((s, p, i) => s + Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y), 0);
  if (total < 6) return [];
  const trimmed = trim(trim(points, total * 0.1), total * 0.08, true);
  const tip = trimmed[trimmed.length - 1]!;
  const before = trimmed[trimmed.length - 2]!;
  const len = Math.hypot(tip.x - before.x, tip.y - before.y) || 1;
  const u = { x: (tip.x - before.x) / len, y: (tip.y - before.y) / len };
  const head = 7;
  const base = { x: tip.x - u.x * head, y: tip.y - u.y * head };
  const wing = { x: -u.y * head * 0.6, y: u.x * head * 0.6 };
  const shaft = trim(trimmed, head * 0.6, true);
  return [
    line(shaft, 6, '#ffffff'),
    line(shaft, 2.5, COLOURS.arrow),
    { kind: 'polygon', points: [tip, { x: base.x + wing.x, y: base.y + wing.y }, { x: base.x - wing.x, y: base.y - wing.y }].map(svg), fill: COLOURS.arrow, stroke: '#ffffff', width: 1 },
  ];
}

function trim(points: Point[], by: number, fromEnd = false): Point[] {
  const pts = fromEnd ? [...points].reverse() : [...points];
  let left = by;
  while (pts.length > 2) {
    const d = Math.hypot(pts[1]!.x - pts[0]!.x, pts[1]!.y - pts[0]!.y);
    if (d > left) {
      const k = left / d;
      pts[0] = { x: pts[0]!.x + (pts[1]!.x - pts[0]!.x) * k, y: pts[0]!.y + (pts[1]!.y - pts[0]!.y) * k };
      break;
    }
    left -= d;
    pts.shift();
  }
  return fromEnd ? pts.reverse() : pts;
}

function boundsOf(shapes: readonly Shape[]): ViewBox {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const s of shapes) {
    const pad = s.kind === 'circle' ? s.radius : ('width' in s ? (s.width ?? 0) / 2 : 0);
    const pts = s.kind === 'circle' ? [s.centre] : s.points;
    for (const p of pts) {
      x0 = Math.min(x0, p.x - pad); y0 = Math.min(y0, p.y - pad);
      x1 = Math.max(x1, p.x + pad); y1 = Math.max(y1, p.y + pad);
    }
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

export interface FrameOptions {
  /** Draw the start position faintly behind, and arrows along the movement (the end picture). */
  ghostAndArrows?: boolean;
}

/** The shapes of the picture `t` of the way from its start (0) to its end (1), without the frame. */
function shapesAt(picture: ExercisePicture, t: number, options: FrameOptions, span: { from: number; to: number }): Shape[] {
  const pose = blendPoses(picture.start, picture.end, t);
  const b = bodyPoints(pose);
  const behind: Shape[] = [];
  const front: Shape[] = [];
  for (const prop of picture.props) {
    const s = propShapes(prop, b, span);
    behind.push(...s.behind);
    front.push(...s.front);
  }
  const ghost = options.ghostAndArrows ? figureShapes(picture.start, GHOST) : [];
  const arrows = options.ghostAndArrows ? picture.arrows.flatMap((p) => arrowShapes(path(picture, p))) : [];
  return [...behind, ...ghost, ...figureShapes(pose, LIVE), ...front, ...arrows];
}

/** One box that holds the figure in every position between start and end, so nothing jumps. */
export function pictureViewBox(picture: ExercisePicture): ViewBox {
  const figures: Shape[] = [];
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    const pose = blendPoses(picture.start, picture.end, t);
    figures.push(...figureShapes(pose, LIVE));
    for (const prop of picture.props) {
      const s = propShapes(prop, bodyPoints(pose), { from: 0, to: 1 });
      figures.push(...s.behind, ...s.front);
    }
  }
  const box = boundsOf(figures);
  const margin = 8;
  // The floor line lies at y = 1 (svg); keep it inside.
  const bottom = Math.max(box.y + box.height, 3);
  return { x: round(box.x - margin), y: round(box.y - margin), width: round(box.width + 2 * margin), height: round(bottom - box.y + margin + 2) };
}

/** The picture at `t` (0 start, 1 end), in its fixed box. */
export function pictureFrame(picture: ExercisePicture, t: number, options: FrameOptions = {}, viewBox = pictureViewBox(picture)): Frame {
  const span = { from: viewBox.x, to: viewBox.x + viewBox.width };
  return { viewBox, shapes: shapesAt(picture, t, options, span) };
}
