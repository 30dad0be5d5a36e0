import { describe, expect, it } from 'vitest';
import { COLOUR, outputWidth, visibleLength, wantsColour, wrap } from './style.js';

describe('wrap', () => {
  it('wraps words to the width with a hanging indent and keeps every word', () => {
    const text = 'Be seen by a doctor or an urgent care service today, within 24 hours, if you can.';
    const lines = wrap(text, 30, 'What to do: ', '  ');
    expect(lines).toEqual(['What to do: Be seen by a', '  doctor or an urgent care', '  service today, within 24', '  hours, if you can.']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(30);
    expect(lines.join(' ').replace(/\s+/g, ' ').replace('What to do: ', '')).toBe(text);
  });

  it('measures coloured words by what shows, and leaves a word longer than a line whole', () => {
    expect(visibleLength(COLOUR.red('abc'))).toBe(3);
    expect(wrap(`${COLOUR.bold('aaaa')} bbbb`, 9)).toEqual([`${COLOUR.bold('aaaa')} bbbb`]);
    expect(wrap('x'.repeat(50), 20)).toEqual(['x'.repeat(50)]);
  });
});

describe('colour and width', () => {
  it('colours only a TTY without NO_COLOR', () => {
    expect(wantsColour({ write: () => true, isTTY: true }, {})).toBe(true);
    expect(wantsColour({ write: () => true, isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColour({ write: () => true }, {})).toBe(false);
  });

  it('uses the terminal width, 80 otherwise, an explicit width first, never under 40', () => {
    expect(outputWidth({ write: () => true, isTTY: true, columns: 120 })).toBe(120);
    expect(outputWidth({ write: () => true, columns: 120 })).toBe(80);
    expect(outputWidth({ write: () => true, isTTY: true, columns: 120 }, 60)).toBe(60);
    expect(outputWidth({ write: () => true, isTTY: true, columns: 20 })).toBe(40);
  });
});
