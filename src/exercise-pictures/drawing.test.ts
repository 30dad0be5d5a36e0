import { describe, expect, it } from 'vitest';
import { EXERCISE_IDS } from '../knowledge/exercises.js';
import { EXERCISE_PICTURES, EXERCISE_PICTURE_BY_ID, type BodyPoint } from '../knowledge/exercise-poses.js';
import { BODY, blendPoses, bodyPoints, reach } from './body.js';
import { pictureFrame, pictureViewBox } from './drawing.js';
import { frameToSvg } from './svg.js';

const STEPS = [0, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 1];
const FEET_AND_HANDS: BodyPoint[] = ['nearHeel', 'nearToe', 'farHeel', 'farToe', 'nearHand', 'farHand', 'nearKnee', 'farKnee', 'head', 'hip'];

describe('exercise pictures', () => {
  it('draw every exercise in the knowledge base, and nothing else', () => {
    expect(EXERCISE_PICTURES.map((p) => p.id).sort()).toEqual([...EXERCISE_IDS].sort());
  });

  it('describe each position in words, the start and the end differently', () => {
    for (const p of EXERCISE_PICTURES) {
      expect(p.start.text.length, p.id).toBeGreaterThan(15);
      expect(p.end.text.length, p.id).toBeGreaterThan(15);
      expect(p.start.text, p.id).not.toBe(p.end.text);
    }
  });

  it('blend from start to end: every point finite, the anchor held still', () => {
    for (const p of EXERCISE_PICTURES) {
      for (const t of STEPS) {
        const pose = blendPoses(p.start, p.end, t);
        const b = bodyPoints(pose);
        for (const [name, v] of Object.entries(b)) {
          if (typeof v === 'number') expect(Number.isFinite(v), `${p.id} ${name}`).toBe(true);
          else expect(Number.isFinite(v.x) && Number.isFinite(v.y), `${p.id} ${name} at ${t}`).toBe(true);
        }
        const anchor = b[pose.anchor.point];
        expect(anchor.x, p.id).toBeCloseTo(p.start.anchor.at[0], 5);
        expect(anchor.y, p.id).toBeCloseTo(p.start.anchor.at[1], 5);
      }
      expect(p.start.anchor, p.id).toEqual(p.end.anchor);
    }
  });

  it('keep the body above the floor in the side views, in every position between', () => {
    for (const p of EXERCISE_PICTURES.filter((x) => x.view === 'side' && x.props.some((prop) => prop.kind === 'floor'))) {
      for (const t of STEPS) {
        const b = bodyPoints(blendPoses(p.start, p.end, t));
        for (const name of FEET_AND_HANDS) expect(b[name].y, `${p.id} ${name} at ${t}`).toBeGreaterThan(-2.5);
      }
    }
  });

  it('put a foot where it rests: a foot placed on the floor or a step is there in both positions', () => {
    for (const p of EXERCISE_PICTURES) {
      for (const pose of [p.start, p.end]) {
        const b = bodyPoints(pose);
        for (const side of ['near', 'far'] as const) {
          const leg = pose[side].leg;
          if (!('foot' in leg) || !Array.isArray(leg.foot)) continue;
          const hip = b.hip;
          const [x, y] = leg.foot as readonly [number, number];
          if (Math.hypot(x - hip.x, y - hip.y) > BODY.thigh + BODY.shin) continue;
          expect(b[`${side}Ankle`].x, `${p.id} ${side}`).toBeCloseTo(x, 3);
          expect(b[`${side}Ankle`].y, `${p.id} ${side}`).toBeCloseTo(y, 3);
        }
      }
    }
  });

  it('reach: the two bones keep their lengths and bend to the side asked', () => {
    const root = { x: 0, y: 93 };
    const { joint, end } = reach(root, { x: 10, y: 20 }, BODY.thigh, BODY.shin, 1);
    expect(Math.hypot(joint.x - root.x, joint.y - root.y)).toBeCloseTo(BODY.thigh, 6);
    expect(Math.hypot(end.x - joint.x, end.y - joint.y)).toBeCloseTo(BODY.shin, 6);
    // A knee bends forward (+x) of the hip-to-ankle line when standing.
    expect(joint.x).toBeGreaterThan(15);
    // Out of reach: the limb points straight at the target.
    const far = reach(root, { x: 0, y: -500 }, BODY.thigh, BODY.shin, 1);
    expect(far.end.y).toBeCloseTo(93 - BODY.thigh - BODY.shin, 3);
  });

  it('keep one box for the whole movement, so nothing jumps during the animation', () => {
    for (const p of EXERCISE_PICTURES) {
      const box = pictureViewBox(p);
      for (const t of STEPS) expect(pictureFrame(p, t).viewBox).toEqual(box);
      expect(box.width, p.id).toBeGreaterThan(50);
      expect(box.height, p.id).toBeGreaterThan(30);
    }
  });

  it('move visibly: the start and end positions differ', () => {
    for (const p of EXERCISE_PICTURES) {
      const a = bodyPoints(p.start), b = bodyPoints(p.end);
      const moved = Math.max(...FEET_AND_HANDS.concat(['neck', 'midBack', 'nearAnkle', 'farAnkle']).map((n) => Math.hypot(a[n].x - b[n].x, a[n].y - b[n].y)));
      expect(moved, p.id).toBeGreaterThan(4);
    }
  });

  it('write SVG with a text alternative and no style attributes (the CSP allows no inline styles)', () => {
    const p = EXERCISE_PICTURE_BY_ID.bridges!;
    const svg = frameToSvg(pictureFrame(p, 1, { ghostAndArrows: true }), 'Bridges <end> & "up"');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="[-\d. ]+" width="\d+" height="\d+" role="img"><title>Bridges &lt;end&gt; &amp; &quot;up&quot;<\/title>/);
    expect(svg).not.toContain('style=');
    expect(svg).toContain('<polyline');
    expect(svg).toContain('<circle');
  });
});
