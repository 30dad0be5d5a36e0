/**
 * The body model behind the exercise pictures: segment lengths of an adult, forward kinematics
 * from joint angles, two-bone reaching for a hand or foot placed on something, and the blend of
 * two positions for the animation. Pure: numbers in, points out.
 */
import type { ArmPose, BodyPoint, LegPose, Pose, Target, Vec } from '../knowledge/exercise-poses.js';

/** Centimetres: a 171 cm adult standing with the hips 93 cm above the floor. */
export const BODY = {
  thigh: 44, shin: 42, ankleHeight: 7, heel: 5, toe: 16,
  lumbar: 25, thoracic: 25, neck: 7, headRadius: 11,
  upperArm: 30, forearm: 28, shoulderDrop: 4,
} as const;

export type Point = { x: number; y: number };

/** Where every drawn point of the body is, in room centimetres (y up). */
export interface BodyPoints extends Record<BodyPoint, Point> {
  shoulder: Point;
  /** Directions (degrees, 0 down, 90 forward) of the foot, for drawing the sole. */
  nearFoot: number;
  farFoot: number;
}

const RAD = Math.PI / 180;
/** The unit vector of a direction: 0 points down, 90 forward (+x), 180 up. */
export function dir(deg: number): Point {
  return { x: Math.sin(deg * RAD), y: -Math.cos(deg * RAD) };
}
const add = (p: Point, v: Point, k = 1): Point => ({ x: p.x + v.x * k, y: p.y + v.y * k });
const angleOf = (v: Point): number => Math.atan2(v.x, -v.y) / RAD;

/**
 * The middle joint of a two-bone limb from `root` reaching for `target` (clamped to reach).
 * `side` 1 turns the joint counter-clockwise of the root-to-target line (a knee forward or up),
 * -1 clockwise (an elbow down or back).
 */
export function reach(root: Point, target: Point, a: number, b: number, side: 1 | -1): { joint: Point; end: Point } {
  const dx = target.x - root.x;
  const dy = target.y - root.y;
  const full = Math.hypot(dx, dy);
  const d = Math.min(Math.max(full, Math.abs(a - b) + 1e-6), a + b - 1e-6);
  const base = Math.atan2(dy, dx);
  const cosA = (a * a + d * d - b * b) / (2 * a * d);
  const alpha = Math.acos(Math.min(1, Math.max(-1, cosA)));
  const joint = { x: root.x + a * Math.cos(base + side * alpha), y: root.y + a * Math.sin(base + side * alpha) };
  const end = { x: root.x + (dx / (full || 1)) * d, y: root.y + (dy / (full || 1)) * d };
  return { joint, end };
}

function resolve(target: Target, known: Partial<Record<BodyPoint, Point>>): Point {
  if (Array.isArray(target)) return { x: target[0] as number, y: target[1] as number };
  const t = target as Exclude<Target, Vec>;
  if ('from' in t) {
    const base = known[t.from];
    if (!base) throw new Error(`a target refers to ${t.from} before it is placed`);
    return { x: base.x + t.offset[0], y: base.y + t.offset[1] };
  }
  const d = { x: Math.cos(t.angle * RAD), y: Math.sin(t.angle * RAD) };
  return { x: t.around[0] + d.x * t.radius, y: t.around[1] + d.y * t.radius };
}

const byAngles = (leg: LegPose): leg is Extract<LegPose, { hip: number }> => 'hip' in leg;
const armByAngles = (arm: ArmPose): arm is Extract<ArmPose, { shoulder: number }> => 'shoulder' in arm;

/** Every point of the body in a position. */
export function bodyPoints(pose: Pose): BodyPoints {
  const trunk = 180 - pose.trunk;
  const curve = pose.curve ?? 0;
  const lumbar = trunk + curve;
  const thoracic = trunk - curve;
  const p: Partial<Record<BodyPoint, Point>> & { shoulder?: Point } = {};
  const feet: { near: number; far: number } = { near: 90, far: 90 };

  // The body from the hip at the origin, then moved so the anchor lands where it belongs.
  p.hip = { x: 0, y: 0 };
  p.midBack = add(p.hip, dir(lumbar), BODY.lumbar);
  p.neck = add(p.midBack, dir(thoracic), BODY.thoracic);
  p.shoulder = add(p.neck, dir(thoracic), -BODY.shoulderDrop);
  p.head = add(p.neck, dir(thoracic - (pose.head ?? 0)), BODY.neck + BODY.headRadius);
  for (const side of ['near', 'far'] as const) {
    const leg = pose[side].leg;
    if (!byAngles(leg)) continue;
    const thigh = trunk + 180 + leg.hip;
    const shin = thigh - leg.knee;
    const knee = add(p.hip, dir(thigh), BODY.thigh);
    p[`${side}Knee`] = knee;
    p[`${side}Ankle`] = add(knee, dir(shin), BODY.shin);
    feet[side] = shin + 90 - (leg.ankle ?? 0);
    placeFoot(p, side, feet[side]);
  }
  for (const side of ['near', 'far'] as const) {
    const arm = pose[side].arm;
    if (!armByAngles(arm)) continue;
    const upper = thoracic + 180 + arm.shoulder;
    const elbow = add(p.shoulder, dir(upper), BODY.upperArm);
    p[`${side}Elbow`] = elbow;
    p[`${side}Hand`] = add(elbow, dir(upper + arm.elbow), BODY.forearm);
  }
  const anchored = p[pose.anchor.point];
  if (!anchored) throw new Error(`the anchor ${pose.anchor.point} must be placed by angles, not by reaching`);
  const shift = { x: pose.anchor.at[0] - anchored.x, y: pose.anchor.at[1] - anchored.y };
  for (const key of Object.keys(p) as (BodyPoint | 'shoulder')[]) p[key] = add(p[key]!, shift);

  // Limbs that reach for something, legs first (a hand may hold a knee); a foot resting on the
  // other knee waits for that leg.
  const dependsOnFar = (leg: LegPose) => !byAngles(leg) && 'foot' in leg && !Array.isArray(leg.foot) && 'from' in (leg.foot as object) && (leg.foot as { from: string }).from.startsWith('far');
  const legOrder = dependsOnFar(pose.near.leg) ? (['far', 'near'] as const) : (['near', 'far'] as const);
  for (const side of legOrder) {
    const leg = pose[side].leg;
    if (byAngles(leg)) continue;
    if ('kneeAt' in leg) {
      p[`${side}Knee`] = resolve(leg.kneeAt, p);
      p[`${side}Ankle`] = resolve(leg.ankleAt, p);
    } else {
      const { joint, end } = reach(p.hip, resolve(leg.foot, p), BODY.thigh, BODY.shin, leg.bend ?? 1);
      p[`${side}Knee`] = joint;
      p[`${side}Ankle`] = end;
    }
    feet[side] = leg.footAngle ?? 90;
    placeFoot(p, side, feet[side]);
  }
  for (const side of ['near', 'far'] as const) {
    const arm = pose[side].arm;
    if (armByAngles(arm)) continue;
    const { joint, end } = reach(p.shoulder, resolve(arm.hand, p), BODY.upperArm, BODY.forearm, arm.bend === -1 ? 1 : -1);
    p[`${side}Elbow`] = joint;
    p[`${side}Hand`] = end;
  }
  return { ...(p as Record<BodyPoint, Point>), shoulder: p.shoulder, nearFoot: feet.near, farFoot: feet.far };
}

/** Heel and toe from the ankle: the sole is below the ankle, square to the foot's direction. */
function placeFoot(p: Partial<Record<BodyPoint, Point>>, side: 'near' | 'far', footDeg: number): void {
  const ankle = p[`${side}Ankle`]!;
  const along = dir(footDeg);
  const sole = dir(footDeg - 90);
  p[`${side}Heel`] = add(add(ankle, along, -BODY.heel), sole, BODY.ankleHeight - 1);
  p[`${side}Toe`] = add(add(ankle, along, BODY.toe), sole, BODY.ankleHeight - 3);
}

/** The angle (degrees) of a segment from a to b, 0 down, 90 forward. */
export function segmentAngle(a: Point, b: Point): number {
  return angleOf({ x: b.x - a.x, y: b.y - a.y });
}

// Blending two positions -------------------------------------------------------------------------

function blendValue(a: unknown, b: unknown, t: number, path: string): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a + (b - a) * t;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) throw new Error(`${path}: the two positions differ in shape`);
    return a.map((x, i) => blendValue(x, b[i], t, `${path}[${i}]`));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keysA = Object.keys(a).sort();
    const keysB = Object.keys(b).sort();
    if (keysA.join() !== keysB.join()) throw new Error(`${path}: the two positions differ in shape (${keysA.join()} / ${keysB.join()})`);
    const out: Record<string, unknown> = {};
    for (const k of keysA) out[k] = blendValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], t, `${path}.${k}`);
    return out;
  }
  if (a !== b) throw new Error(`${path}: the two positions differ (${String(a)} / ${String(b)})`);
  return a;
}

/** Optional angles made explicit (0, the default), so two positions blend field by field. */
function normalised(pose: Pose): Omit<Pose, 'text' | 'effort'> {
  const leg = (l: LegPose): LegPose => ('hip' in l ? { ...l, ankle: l.ankle ?? 0 } : 'foot' in l ? { ...l, bend: l.bend ?? 1, footAngle: l.footAngle ?? 90 } : { ...l, footAngle: l.footAngle ?? 90 });
  const arm = (a: ArmPose): ArmPose => ('hand' in a ? { ...a, bend: a.bend ?? 1 } : a);
  return {
    anchor: pose.anchor, trunk: pose.trunk, curve: pose.curve ?? 0, head: pose.head ?? 0,
    near: { leg: leg(pose.near.leg), arm: arm(pose.near.arm) },
    far: { leg: leg(pose.far.leg), arm: arm(pose.far.arm) },
  };
}

const limbKind = (limb: LegPose | ArmPose): string =>
  'hip' in limb || 'shoulder' in limb ? 'angles' : 'kneeAt' in limb ? 'placed' : JSON.stringify(targetKind('foot' in limb ? limb.foot : limb.hand));
const targetKind = (t: Target): string => (Array.isArray(t) ? 'point' : 'from' in (t as object) ? `from ${(t as { from: string }).from}` : 'around');

/**
 * Limbs drawn differently in the two positions (angles in one, reaching in the other, or reaching
 * for different things) blend as a hand or foot moving in a straight line between where it is.
 */
function alignLimbs(start: Pose, end: Pose): [Pose, Pose] {
  let a = start, b = end;
  const pa = bodyPoints(start), pb = bodyPoints(end);
  for (const side of ['near', 'far'] as const) {
    if (limbKind(a[side].leg) !== limbKind(b[side].leg)) {
      const leg = (p: BodyPoints): LegPose => ({ foot: [p[`${side}Ankle`].x, p[`${side}Ankle`].y], footAngle: side === 'near' ? p.nearFoot : p.farFoot });
      a = { ...a, [side]: { ...a[side], leg: leg(pa) } };
      b = { ...b, [side]: { ...b[side], leg: leg(pb) } };
    }
    if (limbKind(a[side].arm) !== limbKind(b[side].arm)) {
      const arm = (p: BodyPoints): ArmPose => ({ hand: [p[`${side}Hand`].x, p[`${side}Hand`].y] });
      a = { ...a, [side]: { ...a[side], arm: arm(pa) } };
      b = { ...b, [side]: { ...b[side], arm: arm(pb) } };
    }
  }
  return [a, b];
}

/** The position a fraction `t` of the way from `start` (0) to `end` (1). */
export function blendPoses(start: Pose, end: Pose, t: number): Pose {
  if (t <= 0) return start;
  if (t >= 1) return end;
  const [a, b] = alignLimbs(start, end);
  const blended = blendValue(normalised(a), normalised(b), t, 'pose') as Omit<Pose, 'text' | 'effort'>;
  const from = t < 0.5 ? start : end;
  return { ...blended, ...(from.effort ? { effort: from.effort } : {}), text: from.text };
}
