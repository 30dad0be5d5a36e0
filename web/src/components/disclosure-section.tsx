/**
 * A results or dashboard section, closed by default: a heading whose button opens it, with a
 * one-line summary of what is inside, so the page reads as a list of what there is. The body is
 * `hidden="until-found"`, so the browser's find-in-page still finds (and opens) it, and a link
 * to `#<id>` opens it too. A closed body is filled in when the browser is idle after the page
 * has drawn, so the first paint on a slow phone renders only the summary and the headings.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export function DisclosureSection(props: {
  id: string;
  title: string;
  /** One line: what the section holds, for this person. */
  gist: string;
  children: ComponentChildren;
  open?: boolean;
  /** Render the body at once, though closed (warning signs: always in the page for find and for tools). */
  eager?: boolean;
  class?: string;
}) {
  const [open, setOpen] = useState(() => props.open ?? (typeof location !== 'undefined' && location.hash === `#${props.id}`));
  const [filled, setFilled] = useState(open || props.eager === true);
  const body = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (filled) return;
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => setFilled(true), { timeout: 3000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(() => setFilled(true), 300);
    return () => clearTimeout(timer);
  }, [filled]);

  useEffect(() => {
    const el = body.current;
    const reveal = () => {
      setFilled(true);
      setOpen(true);
    };
    el?.addEventListener('beforematch', reveal);
    const onHash = () => {
      if (location.hash === `#${props.id}`) {
        setFilled(true);
        setOpen(true);
      }
    };
    window.addEventListener('hashchange', onHash);
    return () => {
      el?.removeEventListener('beforematch', reveal);
      window.removeEventListener('hashchange', onHash);
    };
  }, [props.id]);

  useEffect(() => {
    // Closed from the first paint (`hidden`), then `hidden="until-found"` so find-in-page opens it.
    if (!open) body.current?.setAttribute('hidden', 'until-found');
  }, [open]);

  return (
    <section id={props.id} class={`disclosure ${props.class ?? ''}`} data-section={props.id} data-open={open ? 'true' : 'false'} aria-labelledby={`${props.id}-title`}>
      <h2 class="disclosure-heading">
        <button type="button" class="disclosure-toggle" aria-expanded={open} aria-controls={`${props.id}-body`} onClick={() => {
          setFilled(true);
          setOpen(!open);
        }}>
          <span class="disclosure-title" id={`${props.id}-title`}>
            {props.title}
          </span>
          <span class="disclosure-gist">{props.gist}</span>
          <svg class="disclosure-chevron" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d="m6 9 6 6 6-6" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round" />
          </svg>
        </button>
      </h2>
      <div id={`${props.id}-body`} class="disclosure-body" ref={body} hidden={!open}>
        {filled || open ? props.children : null}
      </div>
    </section>
  );
}
