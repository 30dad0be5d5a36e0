/**
 * No answer without a look. When a new screen of questions appears, its controls ignore input
 * until it has been on screen for LOOK_MS (long enough to read a short question), and a pointer
 * press counts only if it went down on this same screen after it appeared. A second tap of a
 * double tap (50-800 ms later) therefore lands on nothing, even though the buttons of the next
 * screen sit exactly where the last ones were. Keyboard presses follow the same clock.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** How long a new screen is shown before its controls take answers. */
export const LOOK_MS = 1000;

export interface LookGuard {
  /** True once the screen has been on show for LOOK_MS. */
  readonly ready: boolean;
  /** Spread onto every answering control (and the form). */
  readonly handlers: {
    onPointerDown(event: PointerEvent): void;
    onKeyDown(event: KeyboardEvent): void;
  };
  /** Whether the activation in progress (a click or a submit) may answer this screen. */
  allows(event: Event): boolean;
}

export function useLookGuard(screenKey: string, now: () => number = () => performance.now()): LookGuard {
  const shownAt = useRef(now());
  const pressedAt = useRef<number | null>(null);
  const keyedAt = useRef<number | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    // The clock starts when the screen is painted, not when it was rendered.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      shownAt.current = now();
      pressedAt.current = null;
      keyedAt.current = null;
      setReady(false);
      timer = window.setTimeout(() => setReady(true), LOOK_MS);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [screenKey]);

  const seenLongEnough = (at: number) => at - shownAt.current >= LOOK_MS;

  return {
    ready,
    handlers: {
      onPointerDown: () => {
        pressedAt.current = now();
      },
      onKeyDown: (event) => {
        if (event.key === 'Enter' || event.key === ' ') keyedAt.current = event.repeat ? null : now();
      },
    },
    allows(event: Event): boolean {
      let at: number | null;
      if (event.type === 'submit') at = Math.max(keyedAt.current ?? -Infinity, pressedAt.current ?? -Infinity);
      // A click from the keyboard has detail 0; from a pointer, the press that began it counts.
      else if ((event as MouseEvent).detail === 0) at = keyedAt.current;
      else at = pressedAt.current;
      return at !== null && Number.isFinite(at) && at >= shownAt.current && seenLongEnough(at);
    },
  };
}
