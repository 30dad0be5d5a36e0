/**
 * A Learn picture: an inline SVG (so it prints, scales and needs no request) with a title and
 * a description for screen readers, and a caption that says the same in words for everyone.
 */
import type { ComponentChildren } from 'preact';

export function Figure(props: { id: string; title: string; description: string; viewBox: string; caption: ComponentChildren; children: ComponentChildren }) {
  return (
    <figure class="learn-figure" data-figure={props.id}>
      <svg class="learn-figure-svg" viewBox={props.viewBox} role="img" aria-labelledby={`${props.id}-title ${props.id}-desc`}>
        <title id={`${props.id}-title`}>{props.title}</title>
        <desc id={`${props.id}-desc`}>{props.description}</desc>
        {props.children}
      </svg>
      <figcaption class="learn-figure-caption">{props.caption}</figcaption>
    </figure>
  );
}
