/** Small inline SVG icons. Always decorative: the words beside them carry the meaning. */
import type { JSX } from 'preact';

type IconName = 'alarm' | 'hospital' | 'clock' | 'calendar' | 'home' | 'check' | 'cross' | 'question' | 'info' | 'warning' | 'phone' | 'print' | 'download';

const paths: Record<IconName, JSX.Element> = {
  alarm: <path d="M12 3 2 21h20L12 3Zm0 6v6m0 2.5v.5" />,
  hospital: <path d="M4 21V5h16v16M9 9h6M12 6v6M9 21v-5h6v5" />,
  clock: <path d="M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 4v5l3 3" />,
  calendar: <path d="M4 6h16v15H4zM4 10h16M8 3v5M16 3v5" />,
  home: <path d="M3 11 12 4l9 7M6 9v11h12V9" />,
  check: <path d="m4 12 5 5L20 6" />,
  cross: <path d="M6 6l12 12M18 6 6 18" />,
  question: <path d="M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm-2.5 7a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5V15m0 2.5v.5" />,
  info: <path d="M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 8v6m0-9.5V8" />,
  warning: <path d="M12 3 2 21h20L12 3Zm0 6v6m0 2.5v.5" />,
  phone: <path d="M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2Z" />,
  print: <path d="M6 9V3h12v6M6 18H4v-7h16v7h-2M7 14h10v7H7z" />,
  download: <path d="M12 3v12m-5-5 5 5 5-5M4 21h16" />,
};

export function Icon({ name, class: className }: { name: IconName; class?: string }) {
  return (
    <svg class={`icon ${className ?? ''}`} viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"
      fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
      {paths[name]}
    </svg>
  );
}

export type { IconName };
