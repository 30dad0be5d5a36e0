import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { assessmentJson } from './assessment-json.js';
import { arbitraryCase } from './__fixtures__/arbitrary-case.js';

describe('assessmentJson', () => {
  it('writes exactly what JSON.stringify writes, for any assessment and any call order', () => {
    fc.assert(
      fc.property(arbitraryCase, (c) => {
        const a = assess(c);
        expect(assessmentJson(a)).toBe(JSON.stringify(a));
        expect(assessmentJson({ assessment: a, saved: null })).toBe(JSON.stringify({ assessment: a, saved: null }));
      }),
      { numRuns: 1000 },
    );
  });

  it('matches JSON.stringify on awkward values', () => {
    const frozenInner = { a: [1, 'x'] };
    const values: unknown[] = [
      null, 0, -0, 1.5, 'short', 'a long string with "quotes", \\ backslashes, \n newlines and \u2028 separators', '\ud800 lone surrogate and more text here',
      [undefined, () => 1, null], { u: undefined, f: () => 1, n: null, nested: { deep: [1, { x: 'y' }] } }, Object.freeze({ k: 'frozen with a long value here!!' }),
      Object.freeze({ inner: frozenInner }), { date: new Date(0) }, [Number.NaN, Number.POSITIVE_INFINITY],
    ];
    for (const v of values) expect(assessmentJson(v)).toBe(JSON.stringify(v));
  });

  it('does not remember a frozen object whose insides can still change', () => {
    const inner = { n: 1 };
    const outer = Object.freeze({ inner });
    expect(assessmentJson(outer)).toBe('{"inner":{"n":1}}');
    inner.n = 2;
    expect(assessmentJson(outer)).toBe('{"inner":{"n":2}}');
  });
});
