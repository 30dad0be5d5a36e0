/**
 * Terminal text: word wrapping to a width, and colour that only ever doubles a signal the words
 * already give (a level is always named in words too). Colour only on a TTY without NO_COLOR.
 */
import type { Output } from './io.js';

export interface Style {
  readonly colour: boolean;
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
}

const sgr = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;

export const PLAIN: Style = {
  colour: false,
  bold: (s) => s,
  dim: (s) => s,
  red: (s) => s,
  yellow: (s) => s,
  green: (s) => s,
  cyan: (s) => s,
};

export const COLOUR: Style = {
  colour: true,
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  green: sgr(32, 39),
  cyan: sgr(36, 39),
};

/** https://no-color.org: any NO_COLOR in the environment turns colour off. */
export function wantsColour(out: Output, env: Readonly<Record<string, string | undefined>>): boolean {
  return out.isTTY === true && env.NO_COLOR === undefined;
}

export const DEFAULT_WIDTH = 80;
const MIN_WIDTH = 40;

/** The terminal's width when stdout is one, else 80; never narrower than 40 columns. */
export function outputWidth(out: Output, requested?: number): number {
  const width = requested ?? (out.isTTY && out.columns ? out.columns : DEFAULT_WIDTH);
  return Math.max(MIN_WIDTH, Math.floor(width));
}

// eslint-disable-next-line no-control-regex -- matching the escape character is the point
const ANSI = /\x1b\[[0-9;]*m/g;

export function stripColour(s: string): string {
  return s.replace(ANSI, '');
}

export function visibleLength(s: string): number {
  return stripColour(s).length;
}

/**
 * Wraps `text` to `width` columns: the first line starts with `first` (a bullet or label), the
 * following lines with `rest` (spaces that line the text up under the first). A word longer than
 * a line is left whole rather than broken.
 */
export function wrap(text: string, width: number, first = '', rest = ' '.repeat(visibleLength(first))): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = first;
  let lineLength = visibleLength(first);
  let empty = true;
  for (const word of words) {
    const length = visibleLength(word);
    if (!empty && lineLength + 1 + length > width) {
      lines.push(line);
      line = rest + word;
      lineLength = visibleLength(rest) + length;
      continue;
    }
    line += (empty ? '' : ' ') + word;
    lineLength += (empty ? 0 : 1) + length;
    empty = false;
  }
  lines.push(line);
  return lines;
}
