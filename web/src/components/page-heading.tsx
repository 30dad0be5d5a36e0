/**
 * The page's one h1. After a client-side navigation it takes the focus, so a screen reader
 * announces the new page and the next Tab starts from the top of its content.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

let focusOnNextHeading = false;

/**
 * Called by the router shell on every navigation after the first page load. Every h1 that
 * mounts until the person next presses a key or the pointer takes the focus: a page that shows
 * "Loading…" under one heading and then its content under another keeps the focus on the page.
 */
export function focusNextHeading(): void {
  focusOnNextHeading = true;
}

const stop = () => {
  focusOnNextHeading = false;
};
document.addEventListener('keydown', stop, true);
document.addEventListener('pointerdown', stop, true);

export function PageHeading({ children, class: className }: { children: ComponentChildren; class?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnNextHeading && ref.current) ref.current.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} class={className}>
      {children}
    </h1>
  );
}

/** Sets the document title for a page. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Knee–Sciatica Navigator`;
  }, [title]);
}
