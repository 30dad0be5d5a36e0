/**
 * An exercise's picture: the start and end positions side by side (print, the exercise list and
 * whenever the person prefers reduced motion), or one figure moving gently between them with a
 * pause button (the guided session). Drawn from the same shapes as the PDF.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { EXERCISE_PICTURE_BY_ID, type ExercisePicture } from '../../../src/knowledge/exercise-poses.js';
import { pictureFrame, pictureViewBox, type Frame, type Shape } from '../../../src/exercise-pictures/drawing.js';

function ShapeView({ s }: { s: Shape }) {
  const pts = (p: Shape & { points: readonly { x: number; y: number }[] }) => p.points.map((q) => `${q.x},${q.y}`).join(' ');
  switch (s.kind) {
    case 'line':
      return <polyline points={pts(s)} fill="none" stroke={s.colour} stroke-width={s.width} stroke-linecap="round" stroke-linejoin="round" opacity={s.opacity} />;
    case 'circle':
      return <circle cx={s.centre.x} cy={s.centre.y} r={s.radius} fill={s.fill} stroke={s.stroke} stroke-width={s.width} opacity={s.opacity} />;
    case 'polygon':
      return <polygon points={pts(s)} fill={s.fill} stroke={s.stroke} stroke-width={s.width} stroke-linejoin="round" opacity={s.opacity} />;
  }
}

function FrameSvg({ frame, label, id }: { frame: Frame; label: string; id: string }) {
  const v = frame.viewBox;
  return (
    <svg class="pose-svg" viewBox={`${v.x} ${v.y} ${v.width} ${v.height}`} role="img" aria-labelledby={id} focusable="false">
      <title id={id}>{label}</title>
      {frame.shapes.map((s, i) => (
        <ShapeView key={i} s={s} />
      ))}
    </svg>
  );
}

export function pictureOf(id: string): ExercisePicture | undefined {
  return EXERCISE_PICTURE_BY_ID[id];
}

/** Start and end side by side, each with its words underneath. */
export function ExercisePair({ id, title }: { id: string; title: string }) {
  const picture = pictureOf(id);
  const frames = useMemo(() => {
    if (!picture) return null;
    const box = pictureViewBox(picture);
    return [pictureFrame(picture, 0, {}, box), pictureFrame(picture, 1, { ghostAndArrows: true }, box)] as const;
  }, [picture]);
  if (!picture || !frames) return null;
  return (
    <figure class="exercise-figure" data-picture={id}>
      <div class="pose-panels">
        <div class="pose-panel">
          <FrameSvg frame={frames[0]} id={`pic-${id}-start`} label={`${title}, start: ${picture.start.text}`} />
          <p class="pose-caption" aria-hidden="true">
            <span class="pose-step">1</span> {picture.start.text}
          </p>
        </div>
        <div class="pose-panel">
          <FrameSvg frame={frames[1]} id={`pic-${id}-end`} label={`${title}, end: ${picture.end.text}`} />
          <p class="pose-caption" aria-hidden="true">
            <span class="pose-step">2</span> {picture.end.text}
          </p>
        </div>
      </div>
    </figure>
  );
}

export function usePrefersReducedMotion(): boolean {
  const query = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;
  const [reduced, setReduced] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const update = () => setReduced(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return reduced;
}

/** 0 → 1 → 0 over a cycle, resting a moment at each end, moving with a soft start and stop. */
export function cycleT(phase: number): number {
  const p = phase - Math.floor(phase);
  const ease = (x: number) => (1 - Math.cos(Math.PI * x)) / 2;
  if (p < 0.15) return 0;
  if (p < 0.5) return ease((p - 0.15) / 0.35);
  if (p < 0.65) return 1;
  return 1 - ease((p - 0.65) / 0.35);
}

const CYCLE_MS = 5000;

/** One figure moving between the positions; still (both positions shown) under reduced motion. */
export function ExerciseAnimation({ id, title }: { id: string; title: string }) {
  const picture = pictureOf(id);
  const reduced = usePrefersReducedMotion();
  const [playing, setPlaying] = useState(true);
  const [t, setT] = useState(0);
  const box = useMemo(() => (picture ? pictureViewBox(picture) : null), [picture]);

  useEffect(() => {
    if (!picture || reduced || !playing) return;
    let raf = 0;
    let last = 0;
    const started = performance.now() - t * CYCLE_MS * 0.15;
    const tick = (now: number) => {
      // About 30 frames a second is smooth enough and spares a phone's battery.
      if (now - last > 33) {
        last = now;
        setT(cycleT((now - started) / CYCLE_MS));
      }
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [picture, reduced, playing]);

  if (!picture || !box) return null;
  if (reduced) return <ExercisePair id={id} title={title} />;
  const frame = pictureFrame(picture, t, {}, box);
  return (
    <figure class="exercise-figure exercise-animation" data-picture={id}>
      <FrameSvg frame={frame} id={`anim-${id}`} label={`${title}: moving from the start, ${picture.start.text} to the end, ${picture.end.text}`} />
      <p class="pose-controls">
        <button type="button" class="button button-secondary button-small" aria-pressed={!playing} onClick={() => setPlaying(!playing)}>
          {playing ? 'Pause the picture' : 'Play the picture'}
        </button>
      </p>
    </figure>
  );
}
