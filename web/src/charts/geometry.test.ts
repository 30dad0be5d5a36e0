import { describe, expect, it } from 'vitest';
import { linear, linePath, ticks } from './geometry.js';

describe('linear', () => {
  it('maps the domain onto the range, inverted for SVG y', () => {
    const y = linear(0, 10, 200, 0);
    expect(y(0)).toBe(200);
    expect(y(10)).toBe(0);
    expect(y(5)).toBe(100);
  });

  it('puts a one-value domain in the middle', () => {
    expect(linear(3, 3, 0, 100)(3)).toBe(50);
  });
});

describe('linePath', () => {
  const x = linear(0, 4, 0, 40);
  const y = linear(0, 10, 100, 0);

  it('draws one run through known values', () => {
    const { d, dots } = linePath([{ x: 0, y: 0 }, { x: 2, y: 5 }, { x: 4, y: 10 }], x, y);
    expect(d).toBe('M0 100L20 50L40 0');
    expect(dots).toEqual([{ cx: 0, cy: 100 }, { cx: 20, cy: 50 }, { cx: 40, cy: 0 }]);
  });

  it('breaks the line at a missing value instead of joining across it', () => {
    const { d, dots } = linePath([{ x: 0, y: 2 }, { x: 1, y: null }, { x: 2, y: 4 }, { x: 3, y: 6 }], x, y);
    expect(d).toBe('M0 80M20 60L30 40');
    expect(dots).toHaveLength(3);
  });

  it('draws nothing for no values', () => {
    expect(linePath([{ x: 0, y: null }], x, y)).toEqual({ d: '', dots: [] });
  });
});

describe('ticks', () => {
  it('spreads whole-number ticks with both ends', () => {
    expect(ticks(0, 4, 5)).toEqual([0, 1, 2, 3, 4]);
    expect(ticks(0, 90, 4)).toEqual([0, 30, 60, 90]);
    expect(ticks(5, 5, 4)).toEqual([5]);
    const many = ticks(0, 100, 6);
    expect(many[0]).toBe(0);
    expect(many[many.length - 1]).toBe(100);
    expect(many.length).toBeLessThanOrEqual(6);
  });
});
